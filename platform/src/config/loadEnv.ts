import { z } from 'zod'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/**
 * Reads a service's settings from the environment and fails at start-up with a message
 * that names each missing or malformed variable, instead of failing later at first use.
 */
export function loadEnv<S extends z.ZodRawShape>(
  service: string,
  shape: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.')
    const value = env[variable]
    return value === undefined
      ? `  ${variable}: missing (${issue.message})`
      : `  ${variable}: invalid value ${JSON.stringify(value)} (${issue.message})`
  })
  throw new ConfigError(`${service}: invalid configuration\n${problems.join('\n')}`)
}

/** A TCP port from the environment; 0 asks the OS for a free (ephemeral) port. */
export const portVar = (defaultPort: number) => z.coerce.number().int().min(0).max(65535).default(defaultPort)

export const urlVar = () => z.string().url()

/** REDIS_URL: unset means "no Redis" (each process keeps its own state). */
export const redisUrlVar = () =>
  z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional()

export { z }
