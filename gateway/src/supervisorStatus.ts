import { serviceStatusesSchema, type ServiceStatuses } from '@caunoi/platform'

/** Well under the health probes' timeout: the supervisor answers from memory on the same machine. */
export const SUPERVISOR_STATUS_TIMEOUT_MS = 300

/**
 * What `npm start`'s supervisor says of each service (SUPERVISOR_STATUS_URL), or nothing when it
 * cannot say in time or in the expected shape: /health then relies on its own probes alone.
 */
export async function fetchSupervisorStatus(
  url: string,
  timeoutMs = SUPERVISOR_STATUS_TIMEOUT_MS,
): Promise<ServiceStatuses | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    if (!response.ok) return undefined
    const parsed = serviceStatusesSchema.safeParse(await response.json())
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
