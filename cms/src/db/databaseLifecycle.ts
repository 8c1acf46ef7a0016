import { mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import pg from 'pg'
import { dialectOf } from './databaseAdapter.ts'

function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '')
}

function postgresTarget(databaseUrl: string) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (!/^[A-Za-z0-9_-]+$/.test(name))
    throw new Error(`DATABASE_URL: database name ${JSON.stringify(name)} is not a plain identifier`)
  const admin = new URL(databaseUrl)
  admin.pathname = '/postgres'
  return { name, adminUrl: admin.toString() }
}

/** Creates the database if it does not exist yet (a SQLite file's folder, a PostgreSQL database). */
export async function createDatabase(databaseUrl: string): Promise<'created' | 'exists'> {
  const dialect = dialectOf(databaseUrl)
  if (dialect === 'sqlite') {
    mkdirSync(dirname(sqlitePath(databaseUrl)), { recursive: true })
    return 'exists'
  }
  if (dialect !== 'postgres') return 'exists'
  const { name, adminUrl } = postgresTarget(databaseUrl)
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (found.rowCount) return 'exists'
    await client.query(`CREATE DATABASE "${name}"`)
    return 'created'
  } finally {
    await client.end()
  }
}

/** Removes a throwaway database (tests): the SQLite file with its WAL, or the PostgreSQL database. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const dialect = dialectOf(databaseUrl)
  if (dialect === 'sqlite') {
    const file = sqlitePath(databaseUrl)
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
    return
  }
  if (dialect !== 'postgres') return
  const { name, adminUrl } = postgresTarget(databaseUrl)
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
