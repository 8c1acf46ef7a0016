import type { SanitizedConfig } from 'payload'

const isId = (segment: string) => /^\d+$/.test(segment)

/**
 * Whether `/<slug>/<segment>` can name something else than a document id: one of the collection's
 * own endpoints (`me`, `login`, …) or an endpoint keyed otherwise (payload-preferences' `/:key`).
 */
function otherThanId(endpoints: false | { method: string; path: string }[], method: string, segment: string) {
  return (endpoints || [])
    .filter((e) => e.method.toLowerCase() === method)
    .map((e) => e.path.split('/').filter(Boolean)[0] ?? '')
    .some((first) => first === segment || (first.startsWith(':') && first !== ':id'))
}

/**
 * Whether a REST request names something that cannot exist, which Payload would answer with a 500
 * (a database error or a crash): the versions of an unversioned collection or global, a document
 * id of the wrong form, a file route without a file name, or `verify/:token`, which Payload
 * registers on every auth collection, where verification is off.
 */
export function isMissingRestTarget(config: SanitizedConfig, method: string, pathname: string): boolean {
  const api = config.routes.api
  if (!pathname.startsWith(`${api}/`)) return false
  const [slug, ...rest] = pathname
    .slice(api.length + 1)
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)
  if (slug === 'globals') {
    const global = config.globals.find((g) => g.slug === rest[0])
    return global !== undefined && rest[1] === 'versions' && !global.versions
  }
  const collection = config.collections.find((c) => c.slug === slug)
  if (!collection) return false
  if (rest[0] === 'file' && rest.length < 2 && collection.upload) return true
  if (rest[0] === 'verify' && collection.auth && !collection.auth.verify) return true
  if (rest[0] === 'versions') return !collection.versions || (rest[1] !== undefined && !isId(rest[1]))
  const numericIds = config.db.defaultIDType === 'number' && !collection.flattenedFields.some((f) => f.name === 'id')
  const [first] = rest
  if (!numericIds || first === undefined || isId(first)) return false
  return !otherThanId(collection.endpoints, method.toLowerCase(), first)
}
