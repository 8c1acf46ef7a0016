import type { CollectionBeforeChangeHook } from 'payload'

/** The unit's public answer is dated when it is first written or changed. */
export const stampReply: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = (originalDoc as { reply?: string | null } | undefined)?.reply ?? null
  if (typeof data.reply === 'string' && data.reply !== before) data.repliedAt = new Date().toISOString()
  return data
}
