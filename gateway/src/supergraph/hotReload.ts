import { readFile, stat } from 'node:fs/promises'
import type { SupergraphSdlHook } from '@apollo/gateway'
import type { Logger } from '@caunoi/platform'

/** Where a new supergraph comes from: a file (watched) or a URL (polled). */
export type SupergraphSource = { kind: 'file'; path: string } | { kind: 'url'; url: string }

async function readSource(source: SupergraphSource): Promise<string> {
  if (source.kind === 'file') return readFile(source.path, 'utf8')
  const response = await fetch(source.url, { signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw new Error(`${source.url} answered HTTP ${response.status}`)
  return response.text()
}

/** A cheap change marker, so an unchanged source is not re-read and re-parsed every poll. */
async function versionOf(source: SupergraphSource): Promise<string | undefined> {
  if (source.kind !== 'file') return undefined
  const info = await stat(source.path)
  return `${info.mtimeMs}:${info.size}`
}

/**
 * Serves `initialSdl`, then checks the source every `intervalMs` and hands a changed supergraph
 * to Apollo Gateway, which builds the new schema beside the old and swaps it in at once:
 * operations already running finish on the old one. A supergraph that does not build is
 * rejected and logged, and the old one keeps serving.
 */
export function hotReloadingSupergraph(
  source: SupergraphSource,
  initialSdl: string,
  intervalMs: number,
  logger: Logger,
  onReload?: (outcome: 'applied' | 'rejected') => void,
): SupergraphSdlHook {
  return async ({ update }) => {
    let current = initialSdl
    let version = await versionOf(source).catch(() => undefined)
    let checking = false
    const check = async () => {
      if (checking) return
      checking = true
      try {
        const nextVersion = await versionOf(source)
        if (nextVersion !== undefined && nextVersion === version) return
        version = nextVersion
        const candidate = await readSource(source)
        if (candidate === current) return
        try {
          update(candidate)
          current = candidate
          logger.info({ source }, 'new supergraph applied')
          onReload?.('applied')
        } catch (error) {
          logger.error({ err: error, source }, 'new supergraph rejected; the previous one keeps serving')
          onReload?.('rejected')
        }
      } catch (error) {
        logger.warn({ err: error, source }, 'could not read the supergraph source')
      } finally {
        checking = false
      }
    }
    const timer = setInterval(() => void check(), intervalMs)
    timer.unref()
    return { supergraphSdl: initialSdl, cleanup: async () => clearInterval(timer) }
  }
}
