import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'
import { changedScopeFields, whyScopeChangeRefused } from '../../../access/scopeFields.ts'

type Account = { id: number | string } & Record<string, unknown>

/**
 * Refuses, with 403 and nothing saved, a change of an account's scope fields by someone without the
 * right: field access alone would drop the value silently and answer 200. Trusted calls
 * (overrideAccess: seeds, services) pass.
 */
export const guardScopeFields: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess || (operation !== 'create' && operation !== 'update')) return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || typeof data !== 'object') return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const accounts = (
    operation === 'create'
      ? [undefined]
      : id !== undefined
        ? [(await req.payload.findByID({ collection: 'users', id, depth: 0, req, disableErrors: true })) ?? undefined]
        : (await req.payload.find({ collection: 'users', where, depth: 0, pagination: false, req })).docs
  ) as (Account | undefined)[]
  for (const account of accounts) {
    const changed = changedScopeFields(data, account)
    if (changed.length === 0) continue
    const refusal = whyScopeChangeRefused(req, account)
    if (refusal)
      throw new APIError(`${refusal} ${changed.map((f) => f.label).join(', ')} của tài khoản.`, 403, null, true)
  }
  return args
}
