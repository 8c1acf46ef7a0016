import { isAbsolute, relative } from 'node:path'
import { composeServices, type CompositionSuccess } from '@apollo/composition'
import type { SubgraphASTNode } from '@apollo/federation-internals'
import {
  GraphQLError,
  GraphQLSchema,
  parse,
  printSchema,
  Source,
  type ASTNode,
  type DocumentNode,
  type GraphQLNamedType,
} from 'graphql'

/** A subgraph to compose: its SDL as text. `sdlPath`, when known, only makes error locations clickable. */
export type SubgraphDefinition = { name: string; url: string; typeDefs: string; sdlPath?: string }

/** A composition error or hint, flattened so a person can read it and a test can assert on it. */
export type CompositionProblem = {
  code: string
  message: string
  /** Subgraphs the problem points at, in the order composition reported them. */
  subgraphs: string[]
  /** `file-or-subgraph:line:column` of each schema element involved. */
  locations: string[]
}

export type ComposedSupergraph = {
  /** The supergraph SDL (with join__ directives) the gateway serves. */
  supergraphSdl: string
  /** The API schema clients see: no federation or join__ machinery. */
  apiSchema: GraphQLSchema
  /** `apiSchema` printed with root types first, then types by name, fields in declared order. */
  apiSchemaSdl: string
  hints: CompositionProblem[]
}

export type CompositionOutcome =
  { ok: true; supergraph: ComposedSupergraph } | { ok: false; errors: CompositionProblem[] }

/** Thrown by `composeSupergraph`; its message lists every problem, `errors` keeps them structured. */
export class CompositionError extends Error {
  readonly errors: CompositionProblem[]

  constructor(errors: CompositionProblem[], heading = 'Supergraph composition failed') {
    super(`${heading}:\n${formatCompositionProblems(errors)}`)
    this.name = 'CompositionError'
    this.errors = errors
  }
}

/** Composes the subgraphs, returning errors as values (for checks that report rather than stop). */
export function tryComposeSupergraph(subgraphs: readonly SubgraphDefinition[]): CompositionOutcome {
  const duplicates = duplicateNames(subgraphs)
  if (duplicates.length > 0) return { ok: false, errors: duplicates }

  const parsed = subgraphs.map((subgraph) => parseSubgraph(subgraph))
  const syntaxErrors = parsed.flatMap((result) => ('error' in result ? [result.error] : []))
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors }

  const services = parsed.flatMap((result) => ('service' in result ? [result.service] : []))
  const result = composeServices(services)
  // Some errors (e.g. INVALID_FIELD_SHARING) carry nodes without a subgraph name; their source name tells.
  const subgraphBySource = new Map(subgraphs.map((subgraph) => [sourceNameOf(subgraph), subgraph.name]))
  if (result.errors) {
    return { ok: false, errors: result.errors.map((error) => problemFromError(error, subgraphBySource)) }
  }

  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema()
  return {
    ok: true,
    supergraph: {
      supergraphSdl: result.supergraphSdl,
      apiSchema,
      apiSchemaSdl: printSchema(withTypesInReadingOrder(apiSchema)),
      hints: result.hints.map((hint) => problemFromHint(hint, subgraphBySource)),
    },
  }
}

/** Composes the subgraphs into a supergraph; throws a `CompositionError` listing every problem on failure. */
export function composeSupergraph(subgraphs: readonly SubgraphDefinition[]): ComposedSupergraph {
  const outcome = tryComposeSupergraph(subgraphs)
  if (!outcome.ok) throw new CompositionError(outcome.errors)
  return outcome.supergraph
}

/** One numbered block per problem: code and subgraphs, the message, then where it is. */
export function formatCompositionProblems(problems: readonly CompositionProblem[]): string {
  return problems
    .map((problem, index) => {
      const where =
        problem.subgraphs.length > 0 ? ` (subgraph${plural(problem.subgraphs)} ${problem.subgraphs.join(', ')})` : ''
      const lines = [`${index + 1}. ${problem.code}${where}`, ...indent(problem.message.split('\n'))]
      lines.push(...problem.locations.map((location) => `     at ${location}`))
      return lines.join('\n')
    })
    .join('\n')
}

type ServiceDefinition = { name: string; url: string; typeDefs: DocumentNode }

function parseSubgraph(subgraph: SubgraphDefinition): { service: ServiceDefinition } | { error: CompositionProblem } {
  const { name, url } = subgraph
  try {
    // Naming the source after the file (or subgraph) puts it in every location composition reports.
    return { service: { name, url, typeDefs: parse(new Source(subgraph.typeDefs, sourceNameOf(subgraph))) } }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    const locations = (error.locations ?? []).map(({ line, column }) =>
      formatLocation(name, sourceNameOf(subgraph), line, column),
    )
    return {
      error: {
        code: 'INVALID_GRAPHQL',
        message: `[${subgraph.name}] ${error.message}`,
        subgraphs: [subgraph.name],
        locations,
      },
    }
  }
}

function duplicateNames(subgraphs: readonly SubgraphDefinition[]): CompositionProblem[] {
  const seen = new Set<string>()
  const problems: CompositionProblem[] = []
  for (const { name } of subgraphs) {
    if (seen.has(name)) {
      problems.push({
        code: 'DUPLICATE_SUBGRAPH_NAME',
        message: `Two subgraphs are named "${name}"; each subgraph needs its own name.`,
        subgraphs: [name],
        locations: [],
      })
    }
    seen.add(name)
  }
  return problems
}

type CompositionHint = CompositionSuccess['hints'][number]
type SubgraphBySource = ReadonlyMap<string, string>

function problemFromError(error: GraphQLError, subgraphBySource: SubgraphBySource): CompositionProblem {
  const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'COMPOSITION_ERROR'
  return describe(code, error.message, error.nodes ?? [], subgraphBySource)
}

function problemFromHint(hint: CompositionHint, subgraphBySource: SubgraphBySource): CompositionProblem {
  return describe(hint.definition.code, hint.message, hint.nodes ?? [], subgraphBySource)
}

function describe(
  code: string,
  message: string,
  nodes: readonly ASTNode[],
  subgraphBySource: SubgraphBySource,
): CompositionProblem {
  const subgraphs = new Set<string>()
  const locations: string[] = []
  for (const node of nodes) {
    const subgraph =
      (node as Partial<SubgraphASTNode>).subgraph ?? (node.loc && subgraphBySource.get(node.loc.source.name))
    if (subgraph) subgraphs.add(subgraph)
    if (node.loc) {
      const { line, column } = node.loc.source.locationOffset
      const position = node.loc.startToken
      locations.push(
        formatLocation(subgraph, node.loc.source.name, position.line + line - 1, position.column + column - 1),
      )
    }
  }
  // Errors raised while building one subgraph carry no nodes but start with "[name] ".
  const prefixed = /^\[([^\]]+)\] /.exec(message)?.[1]
  if (subgraphs.size === 0 && prefixed) subgraphs.add(prefixed)
  return { code, message, subgraphs: [...subgraphs], locations }
}

function sourceNameOf(subgraph: SubgraphDefinition): string {
  return subgraph.sdlPath ?? subgraph.name
}

/** `content:3:5` when the source is the subgraph's name, `content (path/to/schema.graphql:3:5)` when it is a file. */
function formatLocation(subgraph: string | undefined, sourceName: string, line: number, column: number): string {
  const place = `${displaySourceName(sourceName)}:${line}:${column}`
  return subgraph && subgraph !== sourceName ? `${subgraph} (${place})` : place
}

// Paths relative to where the user typed the command (npm sets INIT_CWD), so terminals can open them.
function displaySourceName(name: string): string {
  return isAbsolute(name) ? relative(process.env.INIT_CWD ?? process.cwd(), name) || name : name
}

// Composition prints API types in subgraph order; sorting keeps api-schema.graphql diffs small when subgraphs change.
function withTypesInReadingOrder(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig()
  const roots = [config.query, config.mutation, config.subscription].filter(
    (type): type is NonNullable<typeof type> => type != null,
  )
  const others = config.types
    .filter((type) => !roots.some((root) => root.name === type.name))
    .sort((a: GraphQLNamedType, b: GraphQLNamedType) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return new GraphQLSchema({ ...config, types: [...roots, ...others] })
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `   ${line}`)
}

function plural(items: readonly unknown[]): string {
  return items.length === 1 ? '' : 's'
}
