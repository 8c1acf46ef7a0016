/** Bounds on the shape of one operation; each is configurable (GATEWAY_MAX_* variables). */
export type OperationLimits = {
  maxDepth: number
  maxAliases: number
  maxRootFields: number
  maxTokens: number
  maxDirectives: number
  maxCost: number
}

/**
 * Large enough for the mini-app home screen and the admin apps, small enough that a crafted query
 * cannot make the gateway plan or the subgraphs resolve an unbounded amount of work.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxRootFields: 10,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 5_000,
}
