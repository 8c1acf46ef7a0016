import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { SubgraphDefinition } from './composeSupergraph.ts'

/** Where a subgraph's SDL lives and the URL written into the supergraph's join__Graph. */
export type SubgraphSource = { name: string; url: string; sdlPath: string }

// Resolved through each package's "./schema.graphql" export, so moving a subgraph's files never breaks composition.
const require = createRequire(import.meta.url)

/**
 * The first-party subgraphs composed into `supergraph.graphql`. URLs are local defaults; the gateway
 * overrides them per environment. Partner ministries' subgraphs are added the same way (README).
 */
export const FIRST_PARTY_SUBGRAPHS: readonly SubgraphSource[] = [
  {
    name: 'content',
    url: 'http://localhost:4001/graphql',
    sdlPath: require.resolve('@caunoi/subgraph-content/schema.graphql'),
  },
  {
    name: 'reports',
    url: 'http://localhost:4002/graphql',
    sdlPath: require.resolve('@caunoi/subgraph-reports/schema.graphql'),
  },
  {
    name: 'dossiers',
    url: 'http://localhost:4003/graphql',
    sdlPath: require.resolve('@caunoi/subgraph-dossiers/schema.graphql'),
  },
  {
    name: 'quizzes',
    url: 'http://localhost:4004/graphql',
    sdlPath: require.resolve('@caunoi/subgraph-quizzes/schema.graphql'),
  },
  {
    // Served inside the gateway process (token exchange needs the gateway's signing secret); the URL is never called.
    name: 'identity',
    url: 'http://localhost:4000/in-process/identity',
    sdlPath: require.resolve('@caunoi/gateway/identity.graphql'),
  },
]

/** Reads each subgraph's SDL file, ready for composition. */
export function readSubgraphs(sources: readonly SubgraphSource[] = FIRST_PARTY_SUBGRAPHS): SubgraphDefinition[] {
  return sources.map(({ name, url, sdlPath }) => ({ name, url, sdlPath, typeDefs: readFileSync(sdlPath, 'utf8') }))
}
