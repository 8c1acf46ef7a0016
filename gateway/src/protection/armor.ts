import { ApolloArmor } from '@escape.tech/graphql-armor'
import type { OperationLimits } from './operationLimits.ts'

/**
 * graphql-armor's depth, alias and directive limits, and field suggestions ("Did you mean …?")
 * blocked where they would map the private schema for an attacker. Its cost limit is replaced by
 * `costLimit.ts` (per-field costs, lists times their `first`); its Apollo token limit throws from a
 * parsing hook, which Apollo Server turns into a 500, so tokens are capped by graphql-js's own
 * `parse(…, { maxTokens })` instead (see createGateway), which fails as GRAPHQL_PARSE_FAILED.
 */
export function armorProtection(limits: OperationLimits, blockFieldSuggestions: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  }).protect()
  return { plugins, validationRules }
}
