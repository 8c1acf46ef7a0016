#!/usr/bin/env tsx
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkSubgraph, formatSubgraphCheck } from './checkSubgraph.ts'
import { CompositionError, formatCompositionProblems } from './composeSupergraph.ts'
import { FIRST_PARTY_SUBGRAPHS, readSubgraphs } from './subgraphs.ts'
import { apiSchemaPath, composeFirstPartyFiles, supergraphPath, writeSupergraphFiles } from './supergraphFiles.ts'

const USAGE = `Usage: caunoi-schema <command>

Commands:
  compose                          Compose the first-party subgraphs' SDL files into
                                   schema/supergraph.graphql (served by the gateway) and
                                   schema/api-schema.graphql (the public API clients see).
  check <name> <sdl-file> [--url URL] [--json]
                                   Check a proposed subgraph (a partner ministry's, or a new
                                   version of a first-party one, replaced by name) against the
                                   current subgraphs: composition errors and breaking changes
                                   to the public API.

Via npm:  npm run compose
          npm run check -w @caunoi/schema -- education ./education.graphql --url https://api.moet.gov.vn/graphql

Exit codes: 0 ok · 1 composition errors or breaking changes · 2 wrong usage or unreadable file`

// npm runs workspace scripts inside schema/; paths the user typed are relative to where they typed them.
const userCwd = process.env.INIT_CWD ?? process.cwd()

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  })
  const [command, ...rest] = positionals
  if (values.help || command === 'help') {
    console.log(USAGE)
    return 0
  }
  if (command === 'compose' && rest.length === 0) return compose()
  if (command === 'check' && rest.length === 2) return check(rest[0] as string, rest[1] as string, values)
  console.error(command ? `Unknown or incomplete command: ${positionals.join(' ')}\n` : 'No command given.\n')
  console.error(USAGE)
  return 2
}

function compose(): number {
  console.log(`Composing ${FIRST_PARTY_SUBGRAPHS.length} subgraphs:`)
  for (const subgraph of FIRST_PARTY_SUBGRAPHS) {
    console.log(`  ${subgraph.name.padEnd(10)} ${subgraph.url.padEnd(32)} ${display(subgraph.sdlPath)}`)
  }
  let files
  try {
    files = composeFirstPartyFiles()
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error
    console.error(
      `\n${error.message}\n\nNothing was written. Fix the SDL files above, then run \`npm run compose\` again.`,
    )
    return 1
  }
  if (files.hints.length > 0) {
    console.log(
      `\n${files.hints.length} composition hint${files.hints.length === 1 ? '' : 's'} (not errors; worth fixing in the SDL):`,
    )
    console.log(formatCompositionProblems(files.hints))
  }
  const changed = writeSupergraphFiles(files)
  console.log('')
  console.log(`${changed.supergraphChanged ? 'Wrote' : 'Unchanged'} ${display(supergraphPath)}`)
  console.log(`${changed.apiSchemaChanged ? 'Wrote' : 'Unchanged'} ${display(apiSchemaPath)}`)
  if (changed.apiSchemaChanged)
    console.log('The public API changed: run `npm run codegen -w @caunoi/schema` to refresh client types.')
  return 0
}

function check(name: string, sdlFile: string, options: { url?: string; json?: boolean }): number {
  const sdlPath = resolve(userCwd, sdlFile)
  let typeDefs: string
  try {
    typeDefs = readFileSync(sdlPath, 'utf8')
  } catch (error) {
    console.error(`Cannot read ${sdlFile}: ${(error as Error).message}`)
    return 2
  }
  const current = readSubgraphs()
  // The URL only lands in join__Graph, which a check never publishes; default to the one being replaced.
  const url = options.url ?? current.find((subgraph) => subgraph.name === name)?.url ?? `http://${name}.invalid/graphql`
  const result = checkSubgraph({ current, proposed: { name, url, typeDefs, sdlPath } })
  if (options.json) console.log(JSON.stringify(result, null, 2))
  else (result.ok ? console.log : console.error)(formatSubgraphCheck(name, result))
  return result.ok ? 0 : 1
}

function display(path: string): string {
  return relative(userCwd, path) || path
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  // parseArgs rejects unknown options with a TypeError carrying a code; that is a usage mistake, not a crash.
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    process.exitCode = 2
  } else {
    throw error
  }
}
