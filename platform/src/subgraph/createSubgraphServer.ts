import { readFileSync } from 'node:fs'
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server'
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled'
import { buildSubgraphSchema } from '@apollo/subgraph'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js'
import { parse } from 'graphql'
import type { Logger } from 'pino'
import { createErrorFormatter } from '../errors/formatError.ts'
import { operationOnSpan } from '../telemetry/operationOnSpan.ts'
import { isTracing } from '../telemetry/tracingState.ts'
import { refuseNulCharacters } from './refuseNulCharacters.ts'

/** Reads a subgraph's SDL file: the SDL is the source of truth, never rebuilt in code. */
export function readSchemaFile(url: URL): string {
  return readFileSync(url, 'utf8')
}

export type SubgraphServerOptions<TContext extends BaseContext = BaseContext> = {
  name: string
  typeDefs: string
  // Generated resolver types are stricter than Apollo's map; the SDL check happens at build time.
  resolvers: unknown
  logger: Logger
  /** The subgraph's own plugins, e.g. to release connections when the server stops. */
  plugins?: ApolloServerPlugin<TContext>[]
}

export function createSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>) {
  const schema = buildSubgraphSchema({
    typeDefs: parse(options.typeDefs),
    resolvers: options.resolvers as GraphQLResolverMap<unknown>,
  })
  return new ApolloServer<TContext>({
    schema,
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
    // Subgraphs sit behind the gateway, which owns introspection policy for the public.
    introspection: true,
    // Traces are for Apollo's hosted service, which this platform does not use.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      refuseNulCharacters<TContext>(),
      ...(isTracing() ? [operationOnSpan<TContext>()] : []),
      ...(options.plugins ?? []),
    ],
  })
}
