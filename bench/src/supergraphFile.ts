import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { composeSupergraph, FIRST_PARTY_SUBGRAPHS, readSubgraphs } from '@caunoi/schema'

/** Writes into `dir` the supergraph with the subgraphs at the given URLs; returns its path. */
export function writeSupergraph(dir: string, urls: Record<string, string>): string {
  const path = join(dir, 'supergraph.graphql')
  const sources = FIRST_PARTY_SUBGRAPHS.map((source) => ({ ...source, url: urls[source.name] ?? source.url }))
  writeFileSync(path, composeSupergraph(readSubgraphs(sources)).supergraphSdl)
  return path
}
