// `npm run db:setup`: creates the database if needed, applies migrations, seeds demo data.
import { readCmsEnv } from '../config/cmsEnv.ts'
import { createDatabase } from '../db/databaseLifecycle.ts'
import { prepareDatabase } from '../db/prepareDatabase.ts'
import { closeCms, getCms } from '../getCms.ts'
import { seedDemoData } from '../seed/index.ts'

const env = readCmsEnv()
const redacted = env.databaseUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')
console.log(`Database: ${redacted}`)
const created = await createDatabase(env.databaseUrl)
if (created === 'created') console.log('  database created')
const payload = await getCms(env)
console.log('Applying migrations')
await prepareDatabase(payload, env.databaseUrl)
if (process.argv.includes('--no-seed')) console.log('Seed skipped (--no-seed)')
else await seedDemoData(payload)
await closeCms(payload)
console.log('Database ready')
process.exit(0)
