import type { CollectionBeforeChangeHook } from 'payload'
import { hashPartnerApiKey } from '../../../security/partnerApiKey.ts'

/** A key typed into the admin (validated by the field) is replaced by its hash before anything is stored. */
export const hashApiKey: CollectionBeforeChangeHook = ({ data }) => {
  const apiKey = data.apiKey
  if (typeof apiKey === 'string' && apiKey !== '') {
    data.apiKeyHash = hashPartnerApiKey(apiKey)
    data.apiKeyHint = `…${apiKey.slice(-4)}`
  }
  data.apiKey = null
  return data
}
