import { getPayload, type Payload } from 'payload'
import { readCmsEnv, type CmsEnv } from './config/cmsEnv.ts'
import { contentAnnouncerOf, createPayloadConfig, staffLoginsOf } from './config/createPayloadConfig.ts'

export type Cms = Payload

/**
 * The Payload Local API for a service process. Payload keeps one instance per process, so
 * every subgraph in a process shares it (and its connection pool).
 */
export async function getCms(env: CmsEnv = readCmsEnv()): Promise<Cms> {
  return getPayload({ config: createPayloadConfig(env) })
}

type PoolLike = { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }

/**
 * Closes the Local API and its connections. Payload's own destroy() leaves the PostgreSQL pool
 * open (and its adapter keeps one client checked out), so the pool is ended here; errors from
 * connections the server closes during teardown are expected and ignored.
 */
export async function closeCms(payload: Cms): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  pool?.on('error', () => {})
  await contentAnnouncerOf(payload.config)?.close()
  await staffLoginsOf(payload.config)?.guard.close()
  await payload.destroy()
  // Not awaited: end() resolves only once every client is back, and the adapter never returns one.
  void pool?.end().catch(() => {})
}
