import { getPayload, type Payload } from 'payload'
import { readCmsEnv, type CmsEnv } from './config/cmsEnv.ts'
import { createPayloadConfig } from './config/createPayloadConfig.ts'

export type Cms = Payload

/**
 * The Payload Local API for a service process. Payload keeps one instance per process, so
 * every subgraph in a process shares it (and its connection pool).
 */
export async function getCms(env: CmsEnv = readCmsEnv()): Promise<Cms> {
  return getPayload({ config: createPayloadConfig(env) })
}
