import { compiledOnce, isSqlAdapter, runQuery, type SqlAdapter } from '@caunoi/cms'
import { sharedFreshReads } from '@caunoi/platform'
import { sql, type SQL } from 'drizzle-orm'
import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

/** Answers reused within one request's view of the reference data; `load` runs on a miss. */
export type ReferenceView = <T>(key: string, load: () => Promise<T>) => Promise<T>

/**
 * Tables whose rows decide how a report is received (where it goes, by when, for which place), and
 * whether a removed row must be noticed by a count. The administrative map is imported, never
 * pruned row by row, and counting its 14,000 rows on every submission would cost more than it saves.
 */
const TABLES = { report_routing_rules: true, units: true, report_settings: true, localities: false } as const

/**
 * What receiving a report reads from rarely edited tables (localities, routing rules, units,
 * report settings), kept across requests until one of those tables changes. Each submission asks
 * the database one cheap question, the tables' latest change and row count (indexed), instead of
 * re-reading them: a rule edited in the admin applies to the very next report, in every process.
 * Submissions arriving together share that question, never with one asked before they arrived.
 * Other adapters (MongoDB) get no reuse: every answer is loaded.
 */
export class ReferenceData {
  private stamp: string | null = null
  private readonly answers = new LRUCache<string, Promise<unknown>>({ max: 20_000 })
  private readonly sharedStamp = sharedFreshReads(
    () => this.readStamp(),
    () => 'stamp',
  )

  constructor(private readonly payload: Payload) {}

  async view(): Promise<ReferenceView> {
    const stamp = await this.sharedStamp(undefined)
    if (stamp === null) return (_key, load) => load()
    if (stamp !== this.stamp) {
      this.answers.clear()
      this.stamp = stamp
    }
    return <T>(key: string, load: () => Promise<T>) => {
      let answer = this.answers.get(key) as Promise<T> | undefined
      if (!answer) {
        answer = load()
        this.answers.set(key, answer)
        // A failure (an unknown place, a lost connection) is not an answer to keep.
        answer.catch(() => this.answers.delete(key))
      }
      return answer
    }
  }

  private async readStamp(): Promise<string | null> {
    const db: unknown = this.payload.db
    if (!isSqlAdapter(db)) return null
    const [row] = await runQuery(db, compiledOnce(db, 'reports_reference_stamp', stampSql))
    return JSON.stringify(Object.values(row ?? {}))
  }
}

function stampSql(db: SqlAdapter): SQL {
  const parts = Object.entries(TABLES).map(([name, counted]) => {
    const table = db.tables[name]!
    const changed = sql`(select max(${table.updatedAt!}) from ${table}) as ${sql.identifier(`${name}_changed`)}`
    return counted ? sql`${changed}, (select count(*) from ${table}) as ${sql.identifier(`${name}_rows`)}` : changed
  })
  return sql`select ${sql.join(parts, sql`, `)}`
}
