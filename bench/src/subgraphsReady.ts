/** What the benchmarks' subgraphs child prints once it serves: see serveSubgraphs.ts. */
export type SubgraphsReady = {
  content: string
  reports: string
  databaseUrl: string
  /** Current communes and wards whose reports some police unit receives, by code. */
  reportPlaces: string[]
}
