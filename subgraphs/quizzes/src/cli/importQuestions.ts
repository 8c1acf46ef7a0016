// `npm run import:questions -w @caunoi/subgraph-quizzes -- <file.csv|file.xlsx> [--dry-run]`: imports a
// question bank into the configured database, printing progress and a report of every rejected row.
import { closeCms, createProgress, getCms, prepareDatabase, readCmsEnv } from '@caunoi/cms'
import { importQuestions } from '../import/importQuestions.ts'
import { readQuestionRows } from '../import/readQuestionRows.ts'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const file = args.find((arg) => !arg.startsWith('--'))
if (!file) {
  console.error('usage: npm run import:questions -w @caunoi/subgraph-quizzes -- <file.csv|file.xlsx> [--dry-run]')
  process.exit(1)
}

let rows
try {
  rows = await readQuestionRows(file)
} catch (error) {
  console.error(`Không đọc được tệp ${file}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const env = readCmsEnv()
const payload = await getCms(env)
try {
  await prepareDatabase(payload, env.databaseUrl)
  console.log(`${dryRun ? 'Checking' : 'Importing'} ${rows.length} rows from ${file}`)
  const progress = createProgress('questions', rows.length)
  const report = await importQuestions(payload, rows, { dryRun, onProgress: () => progress.tick() })
  progress.finish()
  for (const outcome of report.rows.filter((o) => o.status === 'rejected')) {
    console.log(`  row ${outcome.row}${outcome.code ? ` (${outcome.code})` : ''}: rejected`)
    for (const problem of outcome.problems) console.log(`    - ${problem}`)
  }
  const verb = dryRun ? 'would be ' : ''
  console.log(`${report.created} ${verb}created, ${report.updated} ${verb}updated, ${report.rejected} rejected`)
  process.exitCode = report.rejected > 0 ? 2 : 0
} finally {
  await closeCms(payload)
}
// Payload leaves PostgreSQL connections open after closing: leave explicitly, with the outcome.
process.exit(process.exitCode ?? 0)
