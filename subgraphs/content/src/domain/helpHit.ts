import type { Article, HandbookEntry } from '@caunoi/cms'
import type { ProcedureVariant } from './mergeProcedure.ts'

export type HelpHitModel = {
  kind: 'PROCEDURE' | 'HANDBOOK' | 'ARTICLE'
  title: string
  snippet: string | null
  score: number
  link: string
  procedure: ProcedureVariant | null
  article: Article | null
  handbookEntry: HandbookEntry | null
}
