import { decodeCursor, foldVietnamese, pageSize, toConnection, type Connection } from '@caunoi/platform'
import type { Procedure } from '@caunoi/cms'
import type { Where } from 'payload'
import type { ContentContext } from '../context.ts'
import type { ProcedureVariant } from './mergeProcedure.ts'
import { ancestryOf, requireLocality } from './localityArgument.ts'
import { procedureForLocality } from './procedureForLocality.ts'

export type ProceduresArgs = {
  localityCode?: string | null
  field?: string | null
  search?: string | null
  first?: number | null
  after?: string | null
}

/** Procedures that apply in a locality: national ones plus those scoped to it or a locality above it. */
async function scopeFilter(ctx: ContentContext, localityCode: string): Promise<Where> {
  const locality = await requireLocality(ctx, localityCode)
  const ids = (await ancestryOf(ctx, locality)).map((l) => l.id)
  return { or: [{ national: { equals: true } }, { localities: { in: ids } }] }
}

export async function procedureFilter(ctx: ContentContext, args: ProceduresArgs): Promise<Where> {
  const and: Where[] = []
  if (args.localityCode) and.push(await scopeFilter(ctx, args.localityCode))
  if (args.field) and.push({ field: { equals: args.field } })
  const words = args.search ? foldVietnamese(args.search).split(' ').filter(Boolean) : []
  for (const word of words) and.push({ searchText: { like: word } })
  return { and }
}

/** One page of procedures ordered by national code, with keyset pagination. */
export async function proceduresPage(ctx: ContentContext, args: ProceduresArgs): Promise<Connection<ProcedureVariant>> {
  const limit = pageSize(args.first)
  const after = decodeCursor(args.after, 1)
  const where = await procedureFilter(ctx, args)
  const [{ totalDocs }, page] = await Promise.all([
    ctx.payload.count({ collection: 'procedures', where }),
    limit === 0
      ? Promise.resolve({ docs: [] as Procedure[] })
      : ctx.payload.find({
          collection: 'procedures',
          where: after ? { and: [where, { code: { greater_than: after[0] } }] } : where,
          sort: 'code',
          limit: limit + 1,
          depth: 0,
          pagination: false,
        }),
  ])
  // In a locality, each procedure is shown as that locality applies it.
  const locality = args.localityCode ? await requireLocality(ctx, args.localityCode) : null
  const docs = locality ? await Promise.all(page.docs.map((p) => procedureForLocality(ctx, p, locality))) : page.docs
  return toConnection(docs, limit, totalDocs, (p) => [p.code])
}
