import type { Payload, TypedUser } from 'payload'
import { quizPreview } from '../quizzes/quizPreview.ts'
import type { PreviewableCollection } from './previewPath.ts'
import { renderArticlePreview } from './renderArticlePreview.ts'
import { renderQuizPreview } from './renderQuizPreview.ts'

/**
 * The latest version (draft or published) rendered as a page; the caller has authorised the user.
 * A quiz goes through quizPreview, which draws its question bank as attempts would (national and
 * the quiz's own province) and checks the editor's scope once more.
 */
export async function loadPreview(
  payload: Payload,
  collection: PreviewableCollection,
  id: string,
  user: TypedUser,
): Promise<string> {
  if (collection === 'articles') {
    const article = await payload.findByID({ collection, id, draft: true, depth: 1, overrideAccess: true })
    return renderArticlePreview(article)
  }
  return renderQuizPreview(await quizPreview(payload, id, user))
}
