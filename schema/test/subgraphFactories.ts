import { parse, print, visit } from 'graphql'
import type { SubgraphDefinition } from '../src/index.ts'

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])\n'

/** A Federation 2.7 subgraph from the SDL that matters to the test; the @link line is added here. */
export function subgraph(name: string, sdl: string): SubgraphDefinition {
  return { name, url: `http://${name}.test/graphql`, typeDefs: FEDERATION_LINK + sdl }
}

/** The same subgraph with one root field removed, as a careless new version of it would be. */
export function withoutRootField(original: SubgraphDefinition, rootType: string, field: string): SubgraphDefinition {
  const document = visit(parse(original.typeDefs), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== rootType) return undefined
      return { ...node, fields: node.fields?.filter((definition) => definition.name.value !== field) }
    },
  })
  return { ...original, typeDefs: print(document) }
}
