import type { CollectionConfig, GlobalConfig } from 'payload'

/**
 * Payload lets any signed-in user read the versions of a collection or global that sets no
 * `readVersions`: refuse to start with one (derive it with access/versionsAccess.ts).
 */
export function requireVersionsAccess<T extends CollectionConfig | GlobalConfig>(entities: T[]): T[] {
  const open = entities.filter((e) => e.versions && !e.access?.readVersions).map((e) => e.slug)
  if (open.length > 0) throw new Error(`Versioned without a readVersions rule: ${open.join(', ')}`)
  return entities
}
