import type { ArticleResolvers } from '../__generated__/resolvers-types.ts'
import { publishedArticleBySlug } from '../domain/articlesPage.ts'
import { idOf } from '../loaders.ts'

export const Article: ArticleResolvers = {
  __resolveReference: (ref, ctx) => publishedArticleBySlug(ctx, ref.slug),
  slug: (article) => article.slug ?? String(article.id),
  locality: (article, _, ctx) => {
    const id = idOf(article.locality)
    return id === null ? null : ctx.loaders.localityById.load(id)
  },
}
