// `npm run import:localities`: loads the full 2025 administrative map and the pre-2025 codes.
import { readCmsEnv } from '../config/cmsEnv.ts'
import { prepareDatabase } from '../db/prepareDatabase.ts'
import { closeCms, getCms } from '../getCms.ts'
import { importLocalities, summarizeRejections } from '../localities/importLocalities.ts'

const env = readCmsEnv()
const payload = await getCms(env)
await prepareDatabase(payload, env.databaseUrl)
const started = Date.now()
const report = await importLocalities(payload)
console.log(
  `Localities: ${report.created} created, ${report.existing} already present, ${report.rejected.length} rejected (${((Date.now() - started) / 1000).toFixed(1)} s)`,
)
for (const line of summarizeRejections(report.rejected)) console.log(`  ${line}`)
if (process.argv.includes('--list-rejected')) {
  for (const r of report.rejected) console.log(`  ${r.source}\t${r.reason}\t${r.row}`)
}
await closeCms(payload)
process.exit(0)
