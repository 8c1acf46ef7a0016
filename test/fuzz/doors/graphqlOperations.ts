import fc from 'fast-check'
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql'
import { readApiSchema } from '@caunoi/schema'
import { oddJson, oddText } from './values.ts'

/** The public API as clients see it: operations are built from its real fields and arguments. */
const schema = buildSchema(readApiSchema())

type Pick = <T>(arbitrary: fc.Arbitrary<T>) => T

const codes = ['01', '04', '33', '34', '00004', '11953', '99', 'HS-11953-250005', 'PA-2026-0001', '1.011690']

/** A value for an input type: usually of the right shape (so resolvers run), sometimes anything at all. */
function inputValue(type: GraphQLInputType, pick: Pick, depth = 0): unknown {
  if (pick(fc.integer({ min: 0, max: 9 })) === 0) return pick(oddJson())
  if (isNonNullType(type)) return inputValue(type.ofType, pick, depth)
  if (isListType(type)) {
    const length = pick(fc.integer({ min: 0, max: depth > 1 ? 1 : 4 }))
    return Array.from({ length }, () => inputValue(type.ofType, pick, depth + 1))
  }
  if (isEnumType(type)) return pick(fc.constantFrom(...type.getValues().map((v) => v.name), 'NOT_A_VALUE'))
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
    const value: Record<string, unknown> = {}
    for (const field of fields) {
      if (isNonNullType(field.type) || pick(fc.boolean())) value[field.name] = inputValue(field.type, pick, depth + 1)
    }
    if (pick(fc.integer({ min: 0, max: 7 })) === 0) value[pick(fc.constantFrom('extra', '__proto__', ''))] = 1
    return value
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return pick(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5)))
      case 'Float':
        return pick(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e308, -0)))
      case 'Boolean':
        return pick(fc.boolean())
      case 'ID':
        return pick(fc.oneof(fc.constantFrom(...codes), oddText(30), fc.integer()))
      case 'DateTime':
        return pick(
          fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            oddText(30),
          ),
        )
      default:
        return pick(fc.oneof(oddText(), fc.constantFrom(...codes)))
    }
  }
  return null
}

/** A GraphQL literal for a JSON value (the same shapes a variable would carry). */
function literal(value: unknown, asEnum = false): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return asEnum && /^[A-Z_][A-Z0-9_]*$/.test(value) ? value : JSON.stringify(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0'
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, asEnum)).join(', ')}]`
  const entries = Object.entries(value as Record<string, unknown>).filter(([key]) =>
    /^[_A-Za-z][_0-9A-Za-z]*$/.test(key),
  )
  return `{${entries.map(([key, item]) => `${key}: ${literal(item, true)}`).join(', ')}}`
}

type Built = { variables: Record<string, unknown>; declarations: string[]; fragments: string[]; aliases: number }

function selection(type: GraphQLNamedType, pick: Pick, built: Built, depth: number, maxDepth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type)
    const member = pick(fc.constantFrom(...members))
    return `{ __typename ... on ${member.name} ${selection(member, pick, built, depth + 1, maxDepth)} }`
  }
  if (!isObjectType(type)) return ''
  const fields = Object.values(type.getFields())
  const chosen = pick(fc.subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) }))
  const parts = chosen.map((field) => fieldText(field, pick, built, depth, maxDepth))
  if (pick(fc.integer({ min: 0, max: 5 })) === 0) {
    // The same fields again as a named fragment: spreads, and sometimes a fragment that spreads itself.
    const name = `F${built.fragments.length}`
    const recursive = pick(fc.integer({ min: 0, max: 20 })) === 0 ? ` ...${name}` : ''
    built.fragments.push(`fragment ${name} on ${type.name} { __typename${recursive} }`)
    parts.push(`...${name}`)
  }
  return `{ ${parts.join(' ')} }`
}

function fieldText(
  field: GraphQLField<unknown, unknown>,
  pick: Pick,
  built: Built,
  depth: number,
  maxDepth: number,
): string {
  const alias = pick(fc.integer({ min: 0, max: 4 })) === 0 ? `a${built.aliases++}_${field.name}: ` : ''
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) || pick(fc.boolean()))
    .map((arg) => {
      const value = inputValue(arg.type, pick)
      if (pick(fc.boolean())) {
        // As a variable, declared with the argument's type or, now and then, the wrong one.
        const name = `v${built.declarations.length}`
        const declared =
          pick(fc.integer({ min: 0, max: 6 })) === 0
            ? pick(fc.constantFrom('Int', 'String!', '[ID]', 'Boolean', 'Nope'))
            : String(arg.type)
        built.declarations.push(`$${name}: ${declared}`)
        built.variables[name] = value
        return `${arg.name}: $${name}`
      }
      return `${arg.name}: ${literal(value, isEnumType(getNamedType(arg.type)))}`
    })
  const argText = args.length > 0 ? `(${args.join(', ')})` : ''
  const named = getNamedType(field.type)
  const composite = isObjectType(named) || isUnionType(named) || isInterfaceType(named)
  if (!composite) return `${alias}${field.name}${argText}`
  if (depth >= maxDepth) return `${alias}${field.name}${argText} { __typename }`
  return `${alias}${field.name}${argText} ${selection(named, pick, built, depth + 1, maxDepth)}`
}

/** A query or mutation built from the schema's own root fields, with variables, aliases and fragments. */
export const schemaOperation = (): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> =>
  fc.gen().map((g) => {
    const pick: Pick = (arbitrary) => g(() => arbitrary)
    const root: GraphQLObjectType = pick(fc.constantFrom(schema.getQueryType()!, schema.getMutationType()!))
    const built: Built = { variables: {}, declarations: [], fragments: [], aliases: 0 }
    const maxDepth = pick(fc.integer({ min: 1, max: 6 }))
    const rootFields = Object.values(root.getFields())
    const chosen = pick(fc.subarray(rootFields, { minLength: 1, maxLength: 3 }))
    const body = chosen.map((field) => fieldText(field, pick, built, 0, maxDepth)).join(' ')
    const keyword = root === schema.getQueryType() ? 'query' : 'mutation'
    const declarations = built.declarations.length > 0 ? `(${built.declarations.join(', ')})` : ''
    const query = `${keyword} Fuzz${declarations} { ${body} }\n${built.fragments.join('\n')}`
    return { query, variables: built.variables }
  })

/** The same field nested far deeper than any client asks (locality → parent → parent …). */
export const deepOperation = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: 8, max: 400 }), fc.constantFrom('parent', 'children', 'mergedInto'))
    .map(([depth, field]) => {
      const open = `${field} { `.repeat(depth)
      return `{ locality(code: "01") { ${open}code${' }'.repeat(depth)} } }`
    })

/** One field under thousands of aliases, or thousands of directives: the cost and alias limits. */
export const wideOperation = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: 50, max: 3000 }), fc.constantFrom('alias', 'directive', 'rootFields'))
    .map(([count, shape]) => {
      if (shape === 'alias')
        return `{ ${Array.from({ length: count }, (_, i) => `a${i}: localities { code }`).join(' ')} }`
      if (shape === 'directive') return `{ __typename ${'@include(if: true) '.repeat(count)} }`
      return `{ ${Array.from({ length: count }, (_, i) => `h${i}: hotlines(localityCode: "01") { number }`).join(' ')} }`
    })

/** A valid operation damaged: cut, a character swapped, braces unbalanced, or bytes thrown in. */
export const brokenOperation = (): fc.Arbitrary<string> =>
  fc
    .tuple(schemaOperation(), fc.nat(), fc.constantFrom('cut', 'swap', 'unbalance', 'garbage'), oddText(20))
    .map(([{ query }, position, damage, noise]) => {
      const at = position % Math.max(1, query.length)
      if (damage === 'cut') return query.slice(0, at)
      if (damage === 'swap') return `${query.slice(0, at)}${noise}${query.slice(at + 1)}`
      if (damage === 'unbalance') return `${query}${'}'.repeat((position % 5) + 1)}`
      return `${query.slice(0, at)}\u0000${noise}${query.slice(at)}`
    })
