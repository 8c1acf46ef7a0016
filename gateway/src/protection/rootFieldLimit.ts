import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'

/** Root fields of the selection, through fragments (each fragment counted once, so cycles end). */
function countRootFields(context: ValidationContext, selectionSet: SelectionSetNode, seen = new Set<string>()): number {
  let count = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) count += 1
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(context, selection.selectionSet, seen)
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = context.getFragment(selection.name.value)
      if (fragment) count += countRootFields(context, fragment.selectionSet, seen)
    }
  }
  return count
}

/** graphql-armor has no root-field limit: many root fields fan one request out to many subgraph calls. */
export function maxRootFieldsRule(maxRootFields: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = countRootFields(context, operation.selectionSet)
      if (count > maxRootFields) {
        context.reportError(
          new GraphQLError(`Thao tác có ${count} trường gốc, vượt giới hạn ${maxRootFields}.`, { nodes: [operation] }),
        )
      }
    },
  })
}
