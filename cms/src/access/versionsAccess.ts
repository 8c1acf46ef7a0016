import type { Access, Where } from 'payload'

/** The same Where on a versions table, where a document's fields sit under `version.`. */
export function onVersions(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map(onVersions)] : [`version.${key}`, value],
    ),
  ) as Where
}

/**
 * The `readVersions` rule of a rule on documents: Payload's default lets any signed-in user list
 * every version, drafts of other provinces included, so each versioned collection derives its own.
 */
export function versionsAccess(rule: Access): Access {
  return async (args) => {
    const result = await rule(args)
    return typeof result === 'object' ? onVersions(result) : result
  }
}
