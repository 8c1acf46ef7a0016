// `npm run import:dossiers -w @caunoi/subgraph-dossiers -- <file.csv|file.json>`: an operator's
// import of a partner system's export, straight into the database (every unit in scope).
// Exits 0 when every row was accepted, 2 when some were rejected (listed), 1 when the file was unusable.
import { resolve } from 'node:path'
import { closeCms, getCms } from '@caunoi/cms'
import { importCommand } from './importCommand.ts'

// npm runs workspace scripts in the package folder; a relative path means the caller's folder.
const file = process.argv[2] && resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
if (!file) {
  console.error('usage: npm run import:dossiers -w @caunoi/subgraph-dossiers -- <file.csv|file.json>')
  process.exit(1)
}

const payload = await getCms()
let exitCode = 1
try {
  exitCode = await importCommand(payload, file, { out: console.log, err: console.error })
} finally {
  await closeCms(payload)
}
process.exit(exitCode)
