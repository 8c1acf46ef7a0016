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
const TEXT = ['like', 'not_like', 'contains']
const MAX_PAGE = 2 ** 31 - 1

type Clause = { path: string; operator: string; value: string }

/** `where[or][0][title][in][1]=x` as its field path, operator and value; joiners and list indexes dropped. */
function clauseOf(key: string, value: string): Clause | undefined {
  const parts = [...key.slice('where'.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!)
  const named = parts.filter((p, i) => !/^\d+$/.test(p) && !(/^(and|or)$/i.test(p) && /^\d+$/.test(parts[i + 1] ?? '')))
  const operator = named.pop()
  return operator && named.length > 0 ? { path: named.join('.'), operator, value } : undefined
}

type Kind = { type: 'number' | 'date' | 'point' | 'select' | 'other'; hasMany: boolean; options: string[] }

/** What a top-level field holds in the database: numbers (ids too), dates, points, one of its options, … */
function kindOf(config: SanitizedConfig, fields: FlattenedField[], path: string): Kind | undefined {
  const numericIds = config.db.defaultIDType === 'number'
  const plain = { hasMany: false, options: [] }
  if (path === 'id') return { ...plain, type: numericIds && !fields.some((f) => f.name === 'id') ? 'number' : 'other' }
  const field = fields.find((f) => f.name === path)
  if (!field) return undefined
  const hasMany = 'hasMany' in field && field.hasMany === true
  if (field.type === 'number' || field.type === 'date' || field.type === 'point')
    return { ...plain, type: field.type, hasMany }
  if (field.type === 'select') {
    const options = field.options.map((o) => (typeof o === 'string' ? o : o.value))
    return { type: 'select', hasMany, options }
  }
  const single = (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'
  return { ...plain, hasMany, type: single && numericIds ? 'number' : 'other' }
}

const isNumber = (v: string) => /^-?\d+(\.\d+)?$/.test(v.trim())
const isDate = (v: string) => !Number.isNaN(Date.parse(v))

function clauseFault(config: SanitizedConfig, fields: FlattenedField[], { path, operator, value }: Clause) {
  const kind = kindOf(config, fields, path)
  const unfit = `Phép lọc ${operator} không dùng được cho trường ${path}.`
  // Nothing here has coordinates but a point field, wherever the path leads.
  if (GEOMETRY.includes(operator)) return kind?.type === 'point' ? undefined : unfit
  if (!kind) return undefined
  if (TEXT.includes(operator) && kind.type !== 'other') return unfit
  if (operator === 'all' && !kind.hasMany) return unfit
  if (!COMPARISONS.includes(operator)) return undefined
  const values = (LISTS.includes(operator) ? value.split(',') : [value]).filter((v) => v !== 'null')
  if (kind.type === 'select' && !values.every((v) => kind.options.includes(v))) {
    return `Giá trị lọc của trường ${path} phải là một trong: ${kind.options.join(', ')}.`
  }
  const given = values.filter((v) => v !== '')
  if (kind.type === 'number' && !given.every(isNumber)) return `Giá trị lọc của trường ${path} phải là số.`
  if (kind.type === 'date' && !given.every(isDate)) return `Giá trị lọc của trường ${path} phải là ngày hợp lệ.`
}

/**
 * Refuses the query-string mistakes Payload hands on to the database, which then answers 500: a
 * `where` that is not an object, a comparison whose value cannot be the field's, an operator the
 * field's column has not (geometry without coordinates, text matching on numbers, `all` on one value), a NUL character, a page past what the database can count.
 */
export function queryFault(config: SanitizedConfig, pathname: string, search: URLSearchParams): Response | undefined {
  // A NUL cannot go into a query, nor into PostgreSQL's text.
  if ([...search].some(([key, value]) => key.includes('\0') || value.includes('\0'))) {
    return restErrorResponse(400, 'Tham số truy vấn chứa ký tự không hợp lệ.')
  }
  for (const name of ['page', 'limit']) {
    const value = search.get(name)
    if (value && isNumber(value) && Math.abs(Number(value)) > MAX_PAGE) {
      return restErrorResponse(400, `Tham số ${name} quá lớn.`)
    }
  }
  // The database refuses a negative offset: page 1 is the first, limit 0 means no limit.
  const [page, limit] = [search.get('page'), search.get('limit')]
  if (page && isNumber(page) && Number(page) < 1) return restErrorResponse(400, 'Tham số page phải từ 1 trở lên.')
  if (limit && isNumber(limit) && Number(limit) < 0) return restErrorResponse(400, 'Tham số limit không được âm.')
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
