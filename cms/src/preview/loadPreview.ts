import type { Payload } from 'payload'
import type { Question } from '../payload-types.ts'
import type { PreviewableCollection } from './previewPath.ts'
import { renderArticlePreview } from './renderArticlePreview.ts'
import { renderQuizPreview } from './renderQuizPreview.ts'

/** A quiz drawing from a whole bank lists its first questions only; the page says how many there are. */
const MAX_LISTED_QUESTIONS = 200

/** The latest version (draft or published) rendered as a page; the caller has authorised the user. */
export async function loadPreview(payload: Payload, collection: PreviewableCollection, id: string): Promise<string> {
  if (collection === 'articles') {
    const article = await payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: true })
    return renderArticlePreview(article)
  }
  const quiz = await payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: true })
  const own = (quiz.questions ?? []).filter((q): q is Question => typeof q === 'object' && q !== null)
  if (own.length > 0) return renderQuizPreview({ quiz, questions: own, poolSize: own.length })
  const bank = await payload.find({
    collection: 'questions',
    where: { law: { in: quiz.laws } },
    sort: 'code',
    limit: MAX_LISTED_QUESTIONS,
    depth: 0,
    overrideAccess: true,
  })
  return renderQuizPreview({ quiz, questions: bank.docs, poolSize: bank.totalDocs })
}
