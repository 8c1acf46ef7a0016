import { ConfigError } from '@caunoi/platform'
import { Kind, parse, type ConstDirectiveNode } from 'graphql'

/** URL overrides by subgraph name; names match case-insensitively, "-" and "_" alike. */
export type SubgraphUrls = Record<string, string>

export type SubgraphEndpoint = { name: string; url: string }

/** The form a subgraph name takes in an environment variable: "partner-edu" → "PARTNER_EDU". */
export function subgraphEnvName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_')
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value
  return value?.kind === Kind.STRING ? value.value : undefined
}

/** The override configured for a subgraph, if any. */
export function overrideFor(name: string, overrides: SubgraphUrls): string | undefined {
  const wanted = subgraphEnvName(name)
  return Object.entries(overrides).find(([key]) => subgraphEnvName(key) === wanted)?.[1]
}

/**
 * The subgraphs a supergraph joins (its `join__Graph` enum), each with the URL the gateway will
 * call: the configured override, else the URL recorded at composition time.
 */
export function listSubgraphs(supergraphSdl: string, overrides: SubgraphUrls = {}): SubgraphEndpoint[] {
  const document = parse(supergraphSdl)
  const joinGraph = document.definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  )
  if (joinGraph?.kind !== Kind.ENUM_TYPE_DEFINITION) {
    throw new Error('The supergraph has no join__Graph enum: is it a composed federation 2 supergraph?')
  }
  return (joinGraph.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph')
    const name = (directive && stringArgument(directive, 'name')) ?? value.name.value.toLowerCase()
    const url = overrideFor(name, overrides) ?? (directive && stringArgument(directive, 'url'))
    if (!url) {
      throw new ConfigError(
        `gateway: subgraph "${name}" has no URL in the supergraph; set SUBGRAPH_${subgraphEnvName(name)}_URL`,
      )
    }
    return { name, url }
  })
}

/** Overrides that name no subgraph of the supergraph: usually a typo in a variable name. */
export function unmatchedOverrides(subgraphs: SubgraphEndpoint[], overrides: SubgraphUrls): string[] {
  const known = new Set(subgraphs.map((subgraph) => subgraphEnvName(subgraph.name)))
  return Object.keys(overrides).filter((key) => !known.has(subgraphEnvName(key)))
}
