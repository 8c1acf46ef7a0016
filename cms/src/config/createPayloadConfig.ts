import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type SanitizedConfig } from 'payload'
import { collections } from '../collections/index.ts'
import { databaseAdapterFor } from '../db/databaseAdapter.ts'
import { MAX_UPLOAD_BYTES } from '../collections/Media/limits.ts'
import type { CmsEnv } from './cmsEnv.ts'
import { mediaDirectory } from './mediaDirectory.ts'

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Builds the Payload config for one database; the admin, the subgraphs and tests share it. */
export function createPayloadConfig(env: CmsEnv): Promise<SanitizedConfig> {
  return buildConfig({
    secret: env.secret,
    serverURL: env.serverUrl,
    db: databaseAdapterFor(env.databaseUrl),
    editor: lexicalEditor(),
    collections: collections.map((c) =>
      c.upload
        ? { ...c, upload: { ...(c.upload === true ? {} : c.upload), staticDir: env.mediaDir ?? mediaDirectory() } }
        : c,
    ),
    admin: {
      user: 'users',
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
