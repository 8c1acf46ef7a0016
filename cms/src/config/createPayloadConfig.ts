import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionConfig, type SanitizedConfig } from 'payload'
import { buildCollections } from '../collections/index.ts'
import { announceContentChange, PUBLIC_CONTENT_COLLECTIONS } from '../hooks/announceContentChange.ts'
import { createContentAnnouncer, type ContentAnnouncer } from '../hooks/contentAnnouncer.ts'
import { databaseAdapterFor } from '../db/databaseAdapter.ts'
import { ReportSettings } from '../globals/ReportSettings/index.ts'
import { MAX_UPLOAD_BYTES } from '../collections/Media/limits.ts'
import type { CmsEnv } from './cmsEnv.ts'
import { mediaDirectory } from './mediaDirectory.ts'

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
    custom: { contentAnnouncer, personalDataSecret: env.personalDataSecret ?? env.secret },
    secret: env.secret,
    serverURL: env.serverUrl,
    db: databaseAdapterFor(env.databaseUrl),
    editor: lexicalEditor(),
    collections: withContentAnnouncements(buildCollections({ uploadsDir: env.uploadsDir }), contentAnnouncer).map(
      (c) =>
        c.slug === 'media' && c.upload
          ? { ...c, upload: { ...(c.upload === true ? {} : c.upload), staticDir: env.mediaDir ?? mediaDirectory() } }
          : c,
    ),
    globals: [ReportSettings],
    admin: {
      user: 'users',
      // Payload's default Gravatar sends a hash of each staff email to a third party (and the CSP refuses it).
      avatar: 'default',
      meta: { titleSuffix: ' · Cầu Nối' },
      importMap: { baseDir: srcDir },
    },
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
    graphQL: { disable: true },
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
