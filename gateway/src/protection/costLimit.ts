import type { ApolloServerPlugin } from '@apollo/server'
import { ErrorCode } from '@caunoi/platform'
import { GraphQLError, Kind, getNullableType, isListType, visit, type DocumentNode, type GraphQLField } from 'graphql'
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity'

/** Per-field costs by "Type.field"; fields not listed cost 1. */
export type FieldCosts = Record<string, number>

/** Fields that search or aggregate cost more than a lookup by key. */
export const DEFAULT_FIELD_COSTS: FieldCosts = {
  'Query.procedures': 5,
  'Query.articles': 5,
  'Query.publicReports': 5,
  'Query.searchHelp': 10,
  'Locality.reportStats': 3,
}

/** A list without `first` is assumed to return this many items (connections default to 20 as well). */
export const ASSUMED_LIST_SIZE = 20

function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type))
}

/**
 * Cost of a field: its own cost plus its selection's cost, times the number of items it may return
 * (its `first` argument, else an assumed size for lists, else 1). Connections carry `first` on the
 * field itself, so their `edges` count once and the page size multiplies the nodes beneath.
 */
export function fieldCostEstimator(fieldCosts: FieldCosts): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = fieldCosts[`${type.name}.${field.name}`] ?? 1
    const first = typeof args.first === 'number' && args.first > 0 ? args.first : undefined
    const items = first ?? (returnsList(field) ? ASSUMED_LIST_SIZE : 1)
    const edgesOfConnection = field.name === 'edges'
    return own + childComplexity * (edgesOfConnection ? 1 : items)
  }
}

/** Whether a variable sets a page size (`first: $n`) anywhere in the document, so its cost varies per request. */
function sizedByVariables(document: DocumentNode): boolean {
  let sized = false
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) sized = true
    },
  })
  return sized
}

/**
 * Rejects an operation whose estimated cost exceeds the limit, after variables are known (a
 * validation rule would not see `first: $n`), before any subgraph is called. Apollo Server hands
 * every request of the same text the same parsed document, so the cost of an operation that no
 * variable sizes is computed once per document and operation name, not per request.
 */
export function costLimitPlugin(maxCost: number, fieldCosts: FieldCosts = DEFAULT_FIELD_COSTS): ApolloServerPlugin {
  const estimators = [fieldCostEstimator(fieldCosts)]
  // Per parsed document: whether a variable sizes it, and else the cost of each of its operations.
  const documents = new WeakMap<DocumentNode, { sized: boolean; costs: Map<string, number> }>()
  const known = (document: DocumentNode) => {
    let entry = documents.get(document)
    if (!entry) documents.set(document, (entry = { sized: sizedByVariables(document), costs: new Map() }))
    return entry
  }
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const operation = request.operationName ?? ''
          const { sized, costs } = known(document)
          const fixed = sized ? undefined : costs.get(operation)
          let cost: number
          try {
            cost =
              fixed ??
              getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators,
              })
          } catch {
            // Variables that do not coerce: execution rejects them next with a proper BAD_USER_INPUT.
            return
          }
          if (fixed === undefined && !sized) costs.set(operation, cost)
          if (cost > maxCost) {
            throw new GraphQLError(
              `Thao tác quá tốn kém (chi phí ${cost}, tối đa ${maxCost}); hãy giảm \`first\` hoặc số trường.`,
              {
                extensions: { code: ErrorCode.BadUserInput, cost, maxCost, http: { status: 400 } },
              },
            )
          }
        },
      }
    },
  }
}
