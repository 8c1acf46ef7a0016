/** Polls until `check` succeeds or the deadline passes; services take a few seconds to open their ports. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 120_000,
  isAlive: () => boolean = () => true,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`${what} exited before it was ready`)
    try {
      if (await check()) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${what} was not ready within ${Math.round(timeoutMs / 1000)} s`)
}

export async function answersGraphQL(url: string): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(2000),
  })
  return response.ok
}

export async function answersHttp(url: string, okStatuses = [200]): Promise<boolean> {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) })
  return okStatuses.includes(response.status)
}
