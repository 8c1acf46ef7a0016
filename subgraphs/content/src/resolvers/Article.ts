import type { Procedure } from '@caunoi/cms'
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
  unit: (article, _, ctx) => {
    const id = idOf(article.unit)
    return id === null ? null : ctx.loaders.unitById.load(id)
  },
  coverImage: async (article, _, ctx) => {
    const id = idOf(article.coverImage)
    const media = id === null ? null : await ctx.loaders.mediaById.load(id)
    return media?.url
      ? {
          url: media.url,
          alt: media.alt,
          mimeType: media.mimeType ?? null,
          width: media.width ?? null,
          height: media.height ?? null,
        }
      : null
  },
  tags: (article) => article.tags ?? [],
  charts: (article) =>
    (article.charts ?? []).map((chart) => ({
      title: chart.title,
      kind: chart.kind,
      unit: chart.unit ?? null,
      series: (chart.series ?? []).map((s) => ({
        name: s.name,
        points: (s.points ?? []).map((p) => ({ label: p.label, value: p.value })),
      })),
    })),
  relatedProcedures: async (article, _, ctx) => {
    const ids = (article.relatedProcedures ?? []).map((ref) => idOf(ref)).filter((id): id is number => id !== null)
    const found = await ctx.loaders.procedureById.loadMany(ids)
    return found.filter((p): p is Procedure => p !== null && !(p instanceof Error))
  },
  viewCount: async (article, _, ctx) => (await ctx.loaders.countersByArticleId.load(article.id))?.views ?? 0,
  shareCount: async (article, _, ctx) => (await ctx.loaders.countersByArticleId.load(article.id))?.shares ?? 0,
}
