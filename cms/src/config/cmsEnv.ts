import { join } from 'node:path'
import { findRepoRoot, loadEnv, z } from '@caunoi/platform'

const DEV_SECRET = 'caunoi-development-secret-not-for-production'

export type CmsEnv = {
  databaseUrl: string
  secret: string
  serverUrl: string | undefined
  /** Whether this process runs queued jobs (scheduled publishing); the admin server does. */
  runJobs?: boolean
  /** Where uploaded files are stored (MEDIA_DIR; default .data/media). */
  mediaDir?: string
}

/** The embedded default: one SQLite file in the checkout's .data folder. */
export function defaultDatabaseUrl(): string {
  return `file:${join(findRepoRoot(), '.data', 'caunoi.db')}`
}

export function readCmsEnv(env: NodeJS.ProcessEnv = process.env): CmsEnv {
  // `next build` loads the config to collect page data; the real secret is needed only at run time.
  const production = env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build'
  const parsed = loadEnv(
    'cms',
    {
      DATABASE_URL: z
        .string()
        .regex(/^(file:|postgres(ql)?:\/\/|mongodb(\+srv)?:\/\/)/, 'must start with file:, postgres:// or mongodb://')
        .optional(),
      PAYLOAD_SECRET: production
        ? z.string().min(32, 'at least 32 characters in production')
        : z.string().min(1).optional(),
      CMS_PUBLIC_URL: z.string().url().optional(),
      CMS_RUN_JOBS: z.enum(['true', 'false']).optional(),
      MEDIA_DIR: z.string().min(1).optional(),
    },
    env,
  )
  return {
    databaseUrl: parsed.DATABASE_URL ?? defaultDatabaseUrl(),
    secret: parsed.PAYLOAD_SECRET ?? DEV_SECRET,
    serverUrl: parsed.CMS_PUBLIC_URL,
    runJobs: parsed.CMS_RUN_JOBS === 'true',
    mediaDir: parsed.MEDIA_DIR,
  }
}
