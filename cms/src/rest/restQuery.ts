import type { FlattenedField, SanitizedConfig } from 'payload'
import { restErrorResponse } from './restError.ts'

const COMPARISONS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]
const GEOMETRY = ['near', 'within', 'intersects']
const LISTS = ['in', 'not_in', 'all']
const MAX_PAGE = 2 ** 31 - 1

type Clause = { path: string; operator: string; value: string }

/** `where[or][0][title][in][1]=x` as its field path, operator and value; joiners and list indexes dropped. */
function clauseOf(key: string, value: string): Clause | undefined {
  const parts = [...key.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!)
  const named = parts.filter((p, i) => !/^\d+$/.test(p) && !(/^(and|or)$/i.test(p) && /^\d+$/.test(parts[i + 1] ?? '')))
  const operator = named.pop()
  return operator && named.length > 0 ? { path: named.join('.'), operator, value } : undefined
}

/** The kind of value a top-level field compares with in the database: numbers (ids too), dates or points. */
function kindOf(config: SanitizedConfig, fields: FlattenedField[], path: string) {
  const numericIds = config.db.defaultIDType === 'number'
  if (path === 'id') return numericIds && !fields.some((f) => f.name === 'id') ? 'number' : undefined
  const field = fields.find((f) => f.name === path)
  if (!field) return undefined
  if (field.type === 'number' || field.type === 'date' || field.type === 'point') return field.type
  const single = (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'
  return single && numericIds ? 'number' : undefined
}

const isNumber = (v: string) => /^-?\d+(\.\d+)?$/.test(v.trim())
const isDate = (v: string) => !Number.isNaN(Date.parse(v))

function clauseFault(config: SanitizedConfig, fields: FlattenedField[], { path, operator, value }: Clause) {
  const kind = kindOf(config, fields, path)
  if (GEOMETRY.includes(operator) && fields.some((f) => f.name === path) && kind !== 'point') {
    return `Phép lọc ${operator} chỉ dùng cho trường tọa độ, không dùng được cho trường ${path}.`
  }
  if (!COMPARISONS.includes(operator) || (kind !== 'number' && kind !== 'date')) return undefined
  const values = (LISTS.includes(operator) ? value.split(',') : [value]).filter((v) => v !== '' && v !== 'null')
  if (kind === 'number' && !values.every(isNumber)) return `Giá trị lọc của trường ${path} phải là số.`
  if (kind === 'date' && !values.every(isDate)) return `Giá trị lọc của trường ${path} phải là ngày hợp lệ.`
}

/**
 * Refuses the query-string mistakes Payload hands on to the database, which then answers 500: a
 * `where` that is not an object, a comparison whose value cannot be the field's, a geometry
 * operator on a field without coordinates, a page past what the database can count.
 */
export function queryFault(config: SanitizedConfig, pathname: string, search: URLSearchParams): Response | undefined {
  for (const name of ['page', 'limit']) {
    const value = search.get(name)
    if (value && isNumber(value) && Math.abs(Number(value)) > MAX_PAGE) {
      return restErrorResponse(400, `Tham số ${name} quá lớn.`)
    }
  }
  if (search.has('where')) return restErrorResponse(400, 'Tham số where không hợp lệ.')
  const [slug, ...rest] = pathname
    .slice(config.routes.api.length + 1)
    .split('/')
    .filter(Boolean)
  const collection = config.collections.find((c) => c.slug === slug)
  if (!collection || (rest.length > 0 && rest[0] !== 'count')) return undefined
  for (const [key, value] of search) {
    const clause = key.startsWith('where[') ? clauseOf(key, value) : undefined
    const fault = clause && clauseFault(config, collection.flattenedFields, clause)
    if (fault) return restErrorResponse(400, fault)
  }
}
