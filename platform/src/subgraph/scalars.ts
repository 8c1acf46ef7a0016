import { DateTimeResolver, JSONResolver } from 'graphql-scalars'

/** Scalars shared by every subgraph, so a DateTime means the same thing across the graph. */
export const scalarResolvers = { DateTime: DateTimeResolver, JSON: JSONResolver }
