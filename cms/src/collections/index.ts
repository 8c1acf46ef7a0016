import { ArticleCounters } from './ArticleCounters/index.ts'
import { Articles } from './Articles/index.ts'
import { HandbookEntries } from './HandbookEntries/index.ts'
import { Media } from './Media/index.ts'
import { PatrolSchedules } from './PatrolSchedules/index.ts'
import { Hotlines } from './Hotlines/index.ts'
import { Localities } from './Localities/index.ts'
import { ProcedureOverrides } from './ProcedureOverrides/index.ts'
import { Procedures } from './Procedures/index.ts'
import { Reports } from './Reports/index.ts'
import { SearchEntries } from './SearchEntries/index.ts'
import { Units } from './Units/index.ts'
import { Users } from './Users/index.ts'

export const collections = [
  Users,
  Localities,
  Units,
  Procedures,
  ProcedureOverrides,
  Hotlines,
  Articles,
  ArticleCounters,
  HandbookEntries,
  PatrolSchedules,
  Media,
  SearchEntries,
  Reports,
]
