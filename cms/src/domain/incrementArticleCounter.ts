import type { Payload } from 'payload'

export type ArticleCounterName = 'views' | 'shares'

const increment = (payload: Payload, articleId: number | string, counter: ArticleCounterName) =>
  payload.db.updateOne({
    collection: 'articleCounters',
    where: { article: { equals: articleId } },
    // `$inc` with `atomic` becomes one `SET views = views + 1` statement: concurrent clicks all count.
    data: { [counter]: { $inc: 1 } },
    options: { atomic: true },
    returning: true,
  }) as unknown as Promise<{ views: number; shares: number } | null>

/** Adds one view or share to an article and returns the new counts. */
export async function incrementArticleCounter(
  payload: Payload,
  articleId: number | string,
  counter: ArticleCounterName,
): Promise<{ views: number; shares: number }> {
  const updated = await increment(payload, articleId, counter)
  if (updated) return { views: updated.views, shares: updated.shares }
  try {
    const created = await payload.create({
      collection: 'articleCounters',
      data: { article: articleId as number, views: counter === 'views' ? 1 : 0, shares: counter === 'shares' ? 1 : 0 },
    })
    return { views: created.views, shares: created.shares }
  } catch {
    // Another request created the row first (article is unique): add to it instead.
    const again = await increment(payload, articleId, counter)
    if (!again) throw new Error(`article counter for ${articleId} could not be written`)
    return { views: again.views, shares: again.shares }
  }
}
