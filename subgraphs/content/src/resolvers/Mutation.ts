import { incrementArticleCounter } from '@caunoi/cms'
import { notFound } from '@caunoi/platform'
import type { MutationResolvers } from '../__generated__/resolvers-types.ts'
import { publishedArticleBySlug } from '../domain/articlesPage.ts'
import type { ContentContext } from '../context.ts'

async function count(ctx: ContentContext, slug: string, counter: 'views' | 'shares') {
  const article = await publishedArticleBySlug(ctx, slug)
  if (!article) throw notFound(`Không tìm thấy bài viết "${slug}".`)
  const counts = await incrementArticleCounter(ctx.payload, article.id, counter)
  ctx.loaders.countersByArticleId.clear(article.id).prime(article.id, { ...counts, article: article.id } as never)
  return article
}

export const Mutation: MutationResolvers = {
  recordArticleView: (_, { slug }, ctx) => count(ctx, slug, 'views'),
  recordArticleShare: (_, { slug }, ctx) => count(ctx, slug, 'shares'),
}
