import { join } from 'node:path'
import { findRepoRoot, loadEnv, redisUrlVar, z } from '@caunoi/platform'
import type { ContentChangeSettings } from '../hooks/contentAnnouncer.ts'
import type { StaffLoginLimits } from '../security/staffLoginGuard.ts'

const DEV_SECRET = 'caunoi-development-secret-not-for-production'

export type CmsEnv = {
  databaseUrl: string
  secret: string
  serverUrl: string | undefined
  /** Encrypts personal data at rest (DOSSIER_ENCRYPTION_KEY); falls back to `secret` outside production. */
  personalDataSecret?: string
  /** How published changes reach the gateways' caches; none when neither Redis nor a gateway URL is set. */
  contentChanges?: ContentChangeSettings
  /** Where upload collections (report attachments) keep their files. */
  uploadsDir: string
  /** Whether this process runs queued jobs (scheduled publishing); the admin server does. */
  runJobs?: boolean
  /** Where uploaded files are stored (MEDIA_DIR; default .data/media). */
  mediaDir?: string
  /** How failed staff logins are counted (collections/Users/hooks/limitLogins.ts); by default per account only. */
  staffLogins?: StaffLoginSettings
  /** Session cookies only over HTTPS: true when CMS_PUBLIC_URL is https. */
  secureCookies?: boolean
}

export type StaffLoginSettings = {
  /**
   * TRUST_PROXY=true: a reverse proxy in front of the CMS sets X-Forwarded-For, so its last entry
   * is the client. Otherwise the CMS cannot tell clients apart (Next keeps a client's own header),
   * and only the per-account limit applies.
   */
  trustProxy: boolean
  /** Shared counters, so every CMS instance sees the same failures; in memory without Redis. */
  redis?: { url: string; prefix: string }
  /** Replaceable in tests; DEFAULT_STAFF_LOGIN_LIMITS otherwise. */
  limits?: StaffLoginLimits
}

/** Uploaded files live beside the embedded database unless UPLOADS_DIR says otherwise. */
export function defaultUploadsDir(): string {
  return join(findRepoRoot(), '.data', 'uploads')
}

/** The embedded default: one SQLite file in the checkout's .data folder. */
export function defaultDatabaseUrl(): string {
  return `file:${join(findRepoRoot(), '.data', 'caunoi.db')}`
}

export function readCmsEnv(env: Record<string, string | undefined> = process.env): CmsEnv {
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
      // Separate from PAYLOAD_SECRET so sessions can be rotated without losing encrypted data.
      DOSSIER_ENCRYPTION_KEY: production
        ? z.string().min(32, 'at least 32 characters in production')
        : z.string().min(16, 'at least 16 characters').optional(),
      REDIS_URL: redisUrlVar(),
      REDIS_PREFIX: z.string().min(1).default('caunoi'),
      GATEWAY_INTERNAL_URL: z.string().url().optional(),
      CACHE_WEBHOOK_SECRET: z.string().min(16, 'at least 16 characters').optional(),
      UPLOADS_DIR: z.string().min(1).optional(),
      CMS_RUN_JOBS: z.enum(['true', 'false']).optional(),
      MEDIA_DIR: z.string().min(1).optional(),
      TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    },
    env,
  )
  return {
    databaseUrl: parsed.DATABASE_URL ?? defaultDatabaseUrl(),
    secret: parsed.PAYLOAD_SECRET ?? DEV_SECRET,
    serverUrl: parsed.CMS_PUBLIC_URL,
    personalDataSecret: parsed.DOSSIER_ENCRYPTION_KEY,
    contentChanges: parsed.REDIS_URL
      ? { kind: 'redis', redisUrl: parsed.REDIS_URL, prefix: parsed.REDIS_PREFIX }
      : parsed.GATEWAY_INTERNAL_URL && parsed.CACHE_WEBHOOK_SECRET
        ? { kind: 'webhook', gatewayUrl: parsed.GATEWAY_INTERNAL_URL, secret: parsed.CACHE_WEBHOOK_SECRET }
        : undefined,
    uploadsDir: parsed.UPLOADS_DIR ?? defaultUploadsDir(),
    runJobs: parsed.CMS_RUN_JOBS === 'true',
    mediaDir: parsed.MEDIA_DIR,
    staffLogins: {
      trustProxy: parsed.TRUST_PROXY === 'true',
      redis: parsed.REDIS_URL ? { url: parsed.REDIS_URL, prefix: parsed.REDIS_PREFIX } : undefined,
    },
    secureCookies: parsed.CMS_PUBLIC_URL?.startsWith('https:') ?? false,
  }
}
