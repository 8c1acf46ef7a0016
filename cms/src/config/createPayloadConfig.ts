import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type SanitizedConfig } from 'payload'
import { buildCollections } from '../collections/index.ts'
import { databaseAdapterFor } from '../db/databaseAdapter.ts'
import { ReportSettings } from '../globals/ReportSettings/index.ts'
import type { CmsEnv } from './cmsEnv.ts'

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Builds the Payload config for one database; the admin, the subgraphs and tests share it. */
export function createPayloadConfig(env: CmsEnv): Promise<SanitizedConfig> {
  return buildConfig({
    secret: env.secret,
    serverURL: env.serverUrl,
    db: databaseAdapterFor(env.databaseUrl),
    editor: lexicalEditor(),
    collections: buildCollections({ uploadsDir: env.uploadsDir }),
    globals: [ReportSettings],
    admin: {
      user: 'users',
      meta: { titleSuffix: ' · Cầu Nối' },
      importMap: { baseDir: srcDir },
    },
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
    graphQL: { disable: true },
    telemetry: false,
    // LOG_LEVEL quiets Payload in tests; otherwise keep its readable default output.
    logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
    typescript: { outputFile: join(srcDir, 'payload-types.ts'), autoGenerate: false },
  })
}
