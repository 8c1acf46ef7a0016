import type { Locality, Procedure } from '@caunoi/cms'
import type { ContentContext } from '../context.ts'
import { ancestryOf } from './localityArgument.ts'
import { mergeProcedure, type LocalOverride, type ProcedureVariant } from './mergeProcedure.ts'

/** The national procedure as it applies in a locality: published overrides of the locality and above. */
export async function procedureForLocality(
  ctx: ContentContext,
  procedure: Procedure,
  locality: Locality,
): Promise<ProcedureVariant> {
  const chain = await ancestryOf(ctx, locality)
  const overrides = await ctx.loaders.publishedOverrides.load({
    procedureId: procedure.id,
    localityIds: chain.map((l) => l.id),
  })
  const local: LocalOverride[] = []
  for (const level of chain) {
    const doc = overrides.find(
      (o) => String(typeof o.locality === 'object' ? o.locality.id : o.locality) === String(level.id),
    )
    if (doc) local.push({ level: level.level === 'PROVINCE' ? 'PROVINCE' : 'COMMUNE', localityCode: level.code, doc })
  }
  return mergeProcedure(procedure, local, locality.code)
}
