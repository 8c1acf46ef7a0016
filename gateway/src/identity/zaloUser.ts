import { createHmac } from 'node:crypto'

export const DEFAULT_ZALO_GRAPH_URL = 'https://graph.zalo.me'

export type ZaloUser = { id: string; name?: string }

export class ZaloTokenRejectedError extends Error {
  override name = 'ZaloTokenRejectedError'
}

export type ZaloSettings = {
  /** Zalo's Graph API base (ZALO_GRAPH_URL); tests point it at a local fake. */
  graphUrl: string
  /** The mini app's secret key: signs `appsecret_proof`, which Zalo requires on /me. */
  appSecret?: string
  timeoutMs?: number
}

/** Zalo's answer to /v2.0/me: the user's fields, or `error` (non-zero) and `message` for a bad token. */
type ZaloMeResponse = { id?: string; name?: string; error?: number; message?: string }

/**
 * Asks Zalo who an access token belongs to (GET /v2.0/me?fields=id,name with `access_token` and
 * `appsecret_proof` headers). A token Zalo refuses is ZaloTokenRejectedError; Zalo being down or
 * answering nonsense is a plain Error (the caller's token is not at fault).
 */
export async function fetchZaloUser(accessToken: string, settings: ZaloSettings): Promise<ZaloUser> {
  const url = new URL('v2.0/me', settings.graphUrl.endsWith('/') ? settings.graphUrl : `${settings.graphUrl}/`)
  url.searchParams.set('fields', 'id,name')
  const headers: Record<string, string> = { access_token: accessToken }
  if (settings.appSecret) {
    headers.appsecret_proof = createHmac('sha256', settings.appSecret).update(accessToken).digest('hex')
  }
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(settings.timeoutMs ?? 5_000) })
  if (response.status >= 500) throw new Error(`Zalo answered HTTP ${response.status}`)
  const body = (await response.json()) as ZaloMeResponse
  if (body.error !== undefined && body.error !== 0) {
    throw new ZaloTokenRejectedError(`Zalo refused the token: ${body.error} ${body.message ?? ''}`.trim())
  }
  if (typeof body.id !== 'string' || body.id.length === 0) throw new Error('Zalo answered without a user id')
  return { id: body.id, name: typeof body.name === 'string' ? body.name : undefined }
}
