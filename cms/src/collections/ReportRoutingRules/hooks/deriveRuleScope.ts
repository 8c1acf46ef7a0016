import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '../../../domain/relationId.ts'

type RuleData = {
  type?: string | null
  locality?: number | string | { id: number | string } | null
  localityCode?: string | null
  scope?: string
}

/**
 * Keeps the locality's code on the rule (routing looks rules up by code) and a scope key
 * "TYPE@code" that is unique, so two rules can never compete for the same reports.
 */
export const deriveRuleScope: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const next = { ...(originalDoc as RuleData | undefined), ...(data as RuleData) }
  const localityId = relationId(next.locality)
  if (localityId) {
    const locality = await req.payload.findByID({ collection: 'localities', id: localityId, depth: 0, req })
    data.localityCode = locality.code
  }
  data.scope = `${next.type || '*'}@${data.localityCode ?? next.localityCode}`
  return data
}
