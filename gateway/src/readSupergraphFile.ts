import { readFileSync } from 'node:fs'
import { ConfigError } from '@caunoi/platform'

/** Reads the composed supergraph, with a message that says how to produce it when it is missing. */
export function readSupergraphFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigError(`gateway: no supergraph at ${path}; run \`npm run compose\` or set SUPERGRAPH_PATH`)
    }
    throw error
  }
}

/** Fetches the supergraph a schema registry or a deploy step publishes (SUPERGRAPH_URL). */
export async function fetchSupergraph(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw new ConfigError(`gateway: SUPERGRAPH_URL ${url} answered HTTP ${response.status}`)
  return response.text()
}
