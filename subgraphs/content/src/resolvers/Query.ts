import type { QueryResolvers } from '../__generated__/resolvers-types.ts'
import { publishedArticleBySlug, articlesPage } from '../domain/articlesPage.ts'
import { handbookFor } from '../domain/handbook.ts'
import { handbookPage } from '../domain/handbookPage.ts'
import { localityByName } from '../domain/localityByName.ts'
import { hotlinesNearestFirst } from '../domain/hotlinesNearestFirst.ts'
import { patrolSchedulesFor } from '../domain/patrolSchedules.ts'
import { patrolSchedulesPage } from '../domain/patrolSchedulesPage.ts'
import { searchHelp } from '../domain/searchHelp.ts'
import { verifyChannel } from '../domain/verifyChannel.ts'
import { requireLocality, successorOf } from '../domain/localityArgument.ts'
import { procedureForLocality } from '../domain/procedureForLocality.ts'
import { procedureFilter, proceduresPage } from '../domain/proceduresPage.ts'

export const Query: QueryResolvers = {
  locality: (_, { code }, ctx) => successorOf(ctx, code),

  localityByName: (_, args, ctx) => localityByName(ctx, args),

  localities: async (_, { parentCode, level }, ctx) => {
    if (parentCode) {
      const parent = await requireLocality(ctx, parentCode, 'parentCode')
      const children = await ctx.loaders.childrenByParentCode.load(parent.code)
      return level ? children.filter((c) => c.level === level) : children
    }
    const { docs } = await ctx.payload.find({
      collection: 'localities',
      // Without a parent, list today's units of one level (provinces by default), not merged ones.
      where: { and: [{ level: { equals: level ?? 'PROVINCE' } }, { mergedInto: { exists: false } }] },
      sort: 'code',
      pagination: false,
      depth: 0,
    })
    return docs
  },

  procedures: (_, args, ctx) => proceduresPage(ctx, args),

  procedure: async (_, { code, localityCode }, ctx) => {
    const procedure = await ctx.loaders.procedureByCode.load(code)
    if (!procedure || !localityCode) return procedure
    // With a locality, the procedure is returned only where it applies, as that locality applies it.
    const locality = await requireLocality(ctx, localityCode)
    const where = await procedureFilter(ctx, { localityCode })
    const { totalDocs } = await ctx.payload.count({
      collection: 'procedures',
      where: { and: [where, { code: { equals: code } }] },
    })
    return totalDocs > 0 ? procedureForLocality(ctx, procedure, locality) : null
  },

  articles: (_, args, ctx) => articlesPage(ctx, args),

  article: (_, { slug }, ctx) => publishedArticleBySlug(ctx, slug),

  hotlines: async (_, { localityCode }, ctx) => hotlinesNearestFirst(ctx, await requireLocality(ctx, localityCode)),

  searchHelp: (_, { q, localityCode }, ctx) => searchHelp(ctx, q, localityCode),

  verifyChannel: (_, { url }, ctx) => verifyChannel(ctx, url),

  patrolSchedules: (_, args, ctx) => patrolSchedulesFor(ctx, args),

  handbook: (_, args, ctx) => handbookFor(ctx, args),

  handbookConnection: (_, args, ctx) => handbookPage(ctx, args),

  patrolSchedulesConnection: (_, args, ctx) => patrolSchedulesPage(ctx, args),
}
