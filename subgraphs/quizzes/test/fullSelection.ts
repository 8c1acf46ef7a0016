import { buildSubgraphSchema } from '@apollo/subgraph'
import { getNamedType, isObjectType, isNonNullType, parse, type GraphQLObjectType } from 'graphql'
import { quizzesTypeDefs } from '../src/server.ts'

const schema = buildSubgraphSchema({ typeDefs: parse(quizzesTypeDefs) })

/**
 * A selection of every field of a type, recursively to `depth` levels, skipping fields that need
 * arguments: what a curious client could ask for, so a scan of the answer covers the whole type.
 */
export function selectEverything(typeName: string, depth = 4): string {
  const type = schema.getType(typeName) as GraphQLObjectType
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((arg) => isNonNullType(arg.type))) return []
    const named = getNamedType(field.type)
    if (!isObjectType(named)) return [field.name]
    if (depth <= 1) return []
    return [`${field.name} { ${selectEverything(named.name, depth - 1)} }`]
  })
  return fields.join(' ')
}

/** Every key and every string value of a JSON answer, however deep. */
export function walk(value: unknown, visit: (key: string | null, value: unknown) => void, key: string | null = null) {
  visit(key, value)
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit, key))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, k)
}
