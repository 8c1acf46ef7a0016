// `npm run measure:import -w @caunoi/subgraph-dossiers [-- <rows>]`: imports synthetic dossiers
// (100,000 by default) into a throwaway database (SQLite; TEST_DATABASE=postgres for PostgreSQL)
// through the importer partner systems use, and prints how long it took.
import { loadSyntheticDossiers } from './loadSyntheticDossiers.ts'
import { createThrowawayDatabase } from './throwawayDatabase.ts'

const count = Number(process.argv[2] ?? 100_000)
if (!Number.isInteger(count) || count <= 0) {
  console.error('usage: npm run measure:import -w @caunoi/subgraph-dossiers -- [rows]')
  process.exit(1)
}

const database = await createThrowawayDatabase()
try {
  console.log(`Importing ${count} dossiers into a throwaway ${database.dialect} database…`)
  const seconds = await loadSyntheticDossiers(database.databaseUrl, database.secret, count)
  console.log(`Imported ${count} dossiers in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} rows/s)`)
} finally {
  await database.drop()
}
process.exit(0)
