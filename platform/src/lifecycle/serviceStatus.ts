import { z } from 'zod'

/**
 * What `npm start`'s supervisor says of each process it runs, read by the gateway's /health.
 * starting: first start, not serving yet · up · restarting: crashed, waiting or starting again ·
 * failed: crashed too often, left down · stopped: exited cleanly or stopped with the platform.
 */
export const SERVICE_STATES = ['starting', 'up', 'restarting', 'failed', 'stopped'] as const
export type ServiceState = (typeof SERVICE_STATES)[number]

const serviceStatusSchema = z.object({
  state: z.enum(SERVICE_STATES),
  restarts: z.number().int().nonnegative(),
  /** The last unexpected exit: "exit 1" or a signal name such as "SIGKILL". */
  lastExit: z.string().max(40).optional(),
})
export type ServiceStatus = z.infer<typeof serviceStatusSchema>

export const serviceStatusesSchema = z.record(z.string().max(40), serviceStatusSchema)
export type ServiceStatuses = z.infer<typeof serviceStatusesSchema>

/** Where the gateway asks the supervisor for these statuses (set by `npm start`, unset elsewhere). */
export const SUPERVISOR_STATUS_URL = 'SUPERVISOR_STATUS_URL'
