import type { Payload } from 'payload'
import { serveCmsRestApi } from '../../src/testing/index.ts'
import type { Actor } from './actors.ts'

export type RestAnswer = { status: number; body: Record<string, unknown> | null; text: string }

/** Payload's REST API over HTTP, signed in as the actor (anonymous without a user), as a browser calls it. */
export async function restClient(payload: Payload) {
  const api = await serveCmsRestApi(payload)
  const tokens = new Map<string, string>()
  const tokenOf = async (actor: Actor) => {
    if (!actor.user) return undefined
    if (!tokens.has(actor.user.email)) {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: actor.user.email, password: 'Matkhau@2026' },
      })
      tokens.set(actor.user.email, token!)
    }
    return tokens.get(actor.user.email)
  }
  /** A request with the body and content type exactly as given, as a careless or hostile client sends it. */
  async function send(
    actor: Actor,
    method: string,
    path: string,
    { contentType, body }: { contentType?: string; body?: string } = {},
  ): Promise<RestAnswer> {
    const token = await tokenOf(actor)
    const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
    if (contentType !== undefined) headers['content-type'] = contentType
    const response = await fetch(`${api.url}${path}`, { method, headers, body })
    const text = await response.text()
    let parsed: Record<string, unknown> | null = null
    try {
      parsed = JSON.parse(text) as Record<string, unknown>
    } catch {
      parsed = null
    }
    return { status: response.status, body: parsed, text }
  }
  const call = (actor: Actor, method: string, path: string, data?: unknown) =>
    data === undefined
      ? send(actor, method, path)
      : send(actor, method, path, { contentType: 'application/json', body: JSON.stringify(data) })
  return { call, send, url: api.url, stop: api.stop }
}

export type RestClient = Awaited<ReturnType<typeof restClient>>
