import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { Redis } from 'ioredis'
import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'
import { buildCollections } from '../collections/index.ts'
import { announceContentChange, PUBLIC_CONTENT_COLLECTIONS } from '../hooks/announceContentChange.ts'
import { createContentAnnouncer, type ContentAnnouncer } from '../hooks/contentAnnouncer.ts'
import { keepPublicErrorMessage } from '../hooks/keepPublicErrorMessage.ts'
import { databaseAdapterFor } from '../db/databaseAdapter.ts'
import { ReportSettings } from '../globals/ReportSettings/index.ts'
import { MAX_UPLOAD_BYTES } from '../collections/Media/limits.ts'
import { STAFF_LOGIN_FAILED, type StaffLoginControl } from '../collections/Users/hooks/limitLogins.ts'
import { createStaffLoginGuard, DEFAULT_STAFF_LOGIN_LIMITS } from '../security/staffLoginGuard.ts'
import type { CmsEnv, StaffLoginSettings } from './cmsEnv.ts'
import { mediaDirectory } from './mediaDirectory.ts'
import { requireVersionsAccess } from './requireVersionsAccess.ts'
import { withMissingFileNotFound } from '../rest/missingUploadFile.ts'
import { withStorableDates } from '../fields/storableDates.ts'

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Public content collections announce their published changes, so gateways drop cached answers at once. */
function withContentAnnouncements(
  all: CollectionConfig[],
  announcer: ContentAnnouncer | undefined,
): CollectionConfig[] {
  if (!announcer) return all
  const hooks = announceContentChange(announcer)
  return all.map((collection) =>
    PUBLIC_CONTENT_COLLECTIONS.has(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
          },
        }
      : collection,
  )
}

/** The counters of staff logins, in Redis when configured so every CMS instance shares them. */
function staffLoginControl(settings: StaffLoginSettings = { trustProxy: false }): StaffLoginControl {
  const store = settings.redis
    ? {
        redis: new Redis(settings.redis.url, { lazyConnect: true, maxRetriesPerRequest: 2 }),
        keyPrefix: `${settings.redis.prefix}:cms`,
      }
    : undefined
  return {
    guard: createStaffLoginGuard(settings.limits ?? DEFAULT_STAFF_LOGIN_LIMITS, store),
    trustProxy: settings.trustProxy,
  }
}

/** Staff session cookies are sent over HTTPS only when the CMS is served over HTTPS. */
function withSessionCookies(collection: CollectionConfig, secure: boolean): CollectionConfig {
  if (collection.slug !== 'users' || typeof collection.auth !== 'object') return collection
  return { ...collection, auth: { ...collection.auth, cookies: { ...collection.auth.cookies, secure } } }
}

/** The login counters a running CMS holds, so closeCms can release their connection. */
export function staffLoginsOf(config: { custom?: Record<string, unknown> }): StaffLoginControl | undefined {
  return config.custom?.staffLogins as StaffLoginControl | undefined
}

/** The announcer a running CMS holds, so closeCms can release its connection. */
export function contentAnnouncerOf(config: { custom?: Record<string, unknown> }): ContentAnnouncer | undefined {
  return config.custom?.contentAnnouncer as ContentAnnouncer | undefined
}

/** Builds the Payload config for one database; the admin, the subgraphs and tests share it. */
export function createPayloadConfig(env: CmsEnv): Promise<SanitizedConfig> {
  const contentAnnouncer = env.contentChanges ? createContentAnnouncer(env.contentChanges) : undefined
  return buildConfig({
    // Server-only values: the announcer of published changes, and the personal-data key material
    // from which hooks and subgraphs derive their keys (security/personalData.ts).
    custom: {
      contentAnnouncer,
      personalDataSecret: env.personalDataSecret ?? env.secret,
      staffLogins: staffLoginControl(env.staffLogins),
    },
    secret: env.secret,
    serverURL: env.serverUrl,
    db: databaseAdapterFor(env.databaseUrl),
    editor: lexicalEditor(),
    collections: requireVersionsAccess(
      withContentAnnouncements(buildCollections({ uploadsDir: env.uploadsDir }), contentAnnouncer)
        .map((c) =>
          c.slug === 'media' && c.upload
            ? { ...c, upload: { ...(c.upload === true ? {} : c.upload), staticDir: env.mediaDir ?? mediaDirectory() } }
            : c,
        )
        .map((c) => withSessionCookies(c, env.secureCookies ?? false))
        .map(withMissingFileNotFound)
        .map(withStorableDates),
    ),
    globals: requireVersionsAccess([ReportSettings]),
    admin: {
      user: 'users',
      // Payload's default Gravatar sends a hash of each staff email to a third party (and the CSP refuses it).
      avatar: 'default',
      meta: { titleSuffix: ' · Cầu Nối' },
      importMap: { baseDir: srcDir },
    },
    i18n: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
      // The admin login form shows this for every failed login, as the API answers (Users/hooks/limitLogins.ts).
      translations: { vi: { error: { emailOrPasswordIncorrect: STAFF_LOGIN_FAILED } } },
    },
    graphQL: { disable: true },
    hooks: { afterError: [keepPublicErrorMessage] },
    // Larger uploads are cut off while streaming; per-type limits are checked in Media's sniffUpload.
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
    jobs: {
      // Scheduled publish/unpublish of articles: only the admin process runs due jobs, once a minute.
      autoRun: [{ cron: '* * * * *', queue: 'default' }],
      shouldAutoRun: () => env.runJobs === true,
    },
    telemetry: false,
    // LOG_LEVEL quiets Payload in tests; otherwise keep its readable default output.
    logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
    typescript: { outputFile: join(srcDir, 'payload-types.ts'), autoGenerate: false },
  })
}
