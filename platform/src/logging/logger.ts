import { pino, type Logger } from 'pino'

export type { Logger }

/** One JSON logger per service; LOG_LEVEL=silent keeps test output readable. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
    redact: { paths: ['req.headers.authorization', '*.reporter', '*.phone', '*.idNumber'], remove: true },
  })
}
