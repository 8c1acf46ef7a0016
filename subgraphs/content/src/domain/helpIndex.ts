import { foldVietnamese } from '@caunoi/platform'
import type { SearchEntry } from '@caunoi/cms'
import Database from 'libsql'
import SearchableMap from 'minisearch/SearchableMap'
import type { Payload } from 'payload'

export type IndexedEntry = Pick<SearchEntry, 'key' | 'kind' | 'refId' | 'refKey' | 'title' | 'body' | 'tags'> & {
  localityCode: string | null
}
export type HelpResult = IndexedEntry & { score: number }

/**
 * Which local entries a search may return; national entries are always in. With the asker's
 * locality and the localities above it, their local entries; without (null), every local entry
 * except local procedure versions, which only make sense somewhere.
 */
export type HelpScope = { localityCodes: readonly string[] | null }

/**
 * A row is stamped when written but visible only once its transaction commits: rows stamped up to
 * this long before the previous read may have been invisible to it, so each read looks back this far.
 */
export const OVERLAP_MS = 5_000

/** Column weights for bm25(): a word in the title counts three times one in the body; scope words not at all. */
const WEIGHTS = { title: 3, body: 1, tags: 1.5, scope: 0 }
const TEXT_COLUMNS = '{title body tags}'

/** Folded words: "Căn cước", "can cuoc" and "CAN CUOC" are the same words; "đ" is "d". */
const wordsOf = (text: string | null | undefined): string[] => foldVietnamese(text ?? '').match(/[\p{L}\p{N}]+/gu) ?? []
const phrase = (word: string) => `"${word}"`
const localityWord = (code: string) => `l${wordsOf(code).join('')}`

/**
 * Words in the `scope` column say who may see an entry, so visibility is one more term of the
 * match and rows out of scope are never ranked: "national"; "local" for a local entry other than
 * a procedure version; and the locality's own word ("l00004") for every local entry.
 */
function scopeOf({ localityCode, kind }: IndexedEntry): string {
  if (localityCode === null) return 'national'
  return kind === 'PROCEDURE_VARIANT' ? localityWord(localityCode) : `local ${localityWord(localityCode)}`
}

function scopeMatch({ localityCodes }: HelpScope): string {
  const words = localityCodes === null ? ['local'] : localityCodes.map(localityWord)
  return `scope : (${['national', ...words].map(phrase).join(' OR ')})`
}

/**
 * An in-memory SQLite FTS5 index of everything searchHelp can find, fed from the CMS's
 * searchEntries rows. Before each search it reads only the rows changed since its last look
 * (one indexed query), so a publish in the admin is searchable on the next request.
 * FTS5 rather than a JavaScript index: it intersects posting lists and ranks (bm25) in native
 * code, so a question made of common syllables ("dang ky") costs milliseconds, not tens of them.
 */
export class HelpIndex {
  private readonly db = new Database(':memory:')
  private readonly entries = new Map<number, IndexedEntry>()
  private readonly rowIds = new Map<string, number>()
  private nextRowId = 1
  /** Folded word → how many entries have it; a query word found here is spelled right. */
  private readonly vocabulary = new SearchableMap<number>()
  private readonly seen = new Map<string, string>()
  private lastReadAt: number | null = null
  private pending: Promise<void> | null = null
  private readonly insertRow
  private readonly deleteRow
  private readonly bestRows

  constructor(private readonly payload: Payload) {
    // The text is folded before it goes in, so the tokenizer only splits on spaces. Contentless:
    // the entries themselves stay in `entries`; SQLite keeps only what matching and bm25 need.
    this.db.exec(
      `CREATE VIRTUAL TABLE help USING fts5(title, body, tags, scope,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`,
    )
    this.insertRow = this.db.prepare('INSERT INTO help (rowid, title, body, tags, scope) VALUES (?, ?, ?, ?, ?)')
    this.deleteRow = this.db.prepare('DELETE FROM help WHERE rowid = ?')
    const { title, body, tags, scope } = WEIGHTS
    this.bestRows = this.db
      .prepare(
        `SELECT rowid, bm25(help, ${title}, ${body}, ${tags}, ${scope}) AS rank FROM help WHERE help MATCH ? ORDER BY rank LIMIT ?`,
      )
      .raw(true)
  }

  /** Brings the index up to date; concurrent callers share one read. */
  sync(): Promise<void> {
    this.pending ??= this.readChanges().finally(() => {
      this.pending = null
    })
    return this.pending
  }

  private async readChanges(): Promise<void> {
    const since = this.lastReadAt === null ? null : new Date(this.lastReadAt - OVERLAP_MS).toISOString()
    this.lastReadAt = Date.now()
    // Keys and stamps first (cheap), full rows only for what this index has not seen yet.
    const { docs: stamps } = await this.payload.find({
      collection: 'searchEntries',
      where: since ? { updatedAt: { greater_than_equal: since } } : {},
      select: { key: true, updatedAt: true },
      // Sorted on the indexed stamp so the database reads only the recent rows: left to Payload's
      // default sort (createdAt), SQLite walks the whole table, about 10 ms at 25,000 entries.
      sort: 'updatedAt',
      pagination: false,
      depth: 0,
    })
    const changed = stamps.filter((row) => this.seen.get(row.key) !== row.updatedAt).map((row) => row.key)
    if (changed.length === 0) return
    const { docs } = await this.payload.find({
      collection: 'searchEntries',
      where: since ? { key: { in: changed } } : {},
      sort: 'updatedAt',
      pagination: false,
      depth: 0,
    })
    this.db.exec('BEGIN')
    try {
      for (const row of docs) {
        if (this.seen.get(row.key) === row.updatedAt) continue
        this.seen.set(row.key, row.updatedAt)
        this.discard(row.key)
        if (row.public && !row.removed) {
          this.add({
            key: row.key,
            kind: row.kind,
            refId: row.refId,
            refKey: row.refKey,
            title: row.title,
            body: row.body ?? '',
            tags: row.tags ?? '',
            localityCode: row.localityCode ?? null,
          })
        }
      }
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
    // A bulk load leaves many small segments; merging them once keeps every later search fast.
    if (docs.length >= 1_000) this.db.exec(`INSERT INTO help (help) VALUES ('optimize')`)
  }

  private add(entry: IndexedEntry): void {
    const [title, body, tags] = [wordsOf(entry.title), wordsOf(entry.body), wordsOf(entry.tags)]
    for (const word of new Set([...title, ...body, ...tags])) this.vocabulary.update(word, (n = 0) => n + 1)
    const rowId = this.nextRowId++
    this.insertRow.run(rowId, title.join(' '), body.join(' '), tags.join(' '), scopeOf(entry))
    this.entries.set(rowId, entry)
    this.rowIds.set(entry.key, rowId)
  }

  private discard(key: string): void {
    const rowId = this.rowIds.get(key)
    if (rowId === undefined) return
    const { title, body, tags } = this.entries.get(rowId)!
    for (const word of new Set([...wordsOf(title), ...wordsOf(body), ...wordsOf(tags)])) {
      const count = this.vocabulary.get(word)! - 1
      if (count > 0) this.vocabulary.set(word, count)
      else this.vocabulary.delete(word)
    }
    this.deleteRow.run(rowId)
    this.entries.delete(rowId)
    this.rowIds.delete(key)
  }

  get size(): number {
    return this.entries.size
  }

  /**
   * Ranked matches within `scope`, best first, at most `limit`.
   * Cheapest first: every word exactly, then misspelt words corrected, then any word; the later
   * passes match far more documents, so they run only when the earlier ones found fewer than
   * `enough`. Only words the index has never seen are corrected: expanding a correctly spelled
   * common syllable ("dang", "tru") to its neighbours would match most of the corpus for nothing.
   */
  search(q: string, scope: HelpScope, { enough, limit }: { enough: number; limit: number }): HelpResult[] {
    const words = wordsOf(q)
    if (words.length === 0) return []
    const last = words.length - 1
    // The last word may be unfinished ("tam tr"): it also matches as a prefix once it is long enough.
    const asPrefix = (word: string, i: number) => (i === last && word.length >= 3 ? [`${phrase(word)}*`] : [])
    const anyOf = (alternatives: string[]) =>
      alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`
    const neighbours = (word: string) => [...this.vocabulary.fuzzyGet(word, 1)]
    const exact = (word: string, i: number) => asPrefix(word, i)[0] ?? phrase(word)
    const misspelt = (word: string) => word.length >= 2 && !this.vocabulary.has(word)
    // A misspelt word is read as its most common neighbour one letter away ("ki" → "ky", "cuox" → "cuoc"):
    // all of them at once would let a rare neighbour ("cuoi") outrank the meant word by its rarity.
    const corrected = (word: string, i: number) => {
      if (!misspelt(word)) return exact(word, i)
      const [best] = neighbours(word).sort(([, [a]], [, [b]]) => b - a)
      return anyOf([phrase(best?.[0] ?? word), ...asPrefix(word, i)])
    }
    const anyTypo = (word: string, i: number) =>
      word.length >= 3
        ? anyOf([phrase(word), ...neighbours(word).map(([w]) => phrase(w)), ...asPrefix(word, i)])
        : exact(word, i)
    const passes = [
      { match: words.map(exact).join(' AND ') },
      // With every word known, a corrected AND finds what the exact AND found: skip it.
      ...(words.some(misspelt) ? [{ match: words.map(corrected).join(' AND ') }] : []),
      // A typo can make another real word ("tro" for "tru"): only when nothing matched at all.
      { match: words.map(anyTypo).join(' AND '), onlyIfNothingFound: true },
      { match: words.map(corrected).join(' OR ') },
    ]
    const found: HelpResult[] = []
    const rowIds = new Set<number>()
    for (const { match, onlyIfNothingFound } of passes) {
      if (onlyIfNothingFound && found.length > 0) continue
      for (const [rowId, rank] of this.ranked(match, scope, limit)) {
        if (rowIds.has(rowId)) continue
        rowIds.add(rowId)
        found.push({ ...this.entries.get(rowId)!, score: -rank })
      }
      if (found.length >= enough) break
    }
    return found.sort((a, b) => b.score - a.score).slice(0, limit)
  }

  /** [rowid, bm25 rank] of the best `limit` rows in `scope` matching an FTS5 query, best first. */
  private ranked(match: string, scope: HelpScope, limit: number): [number, number][] {
    return this.bestRows.all(`${TEXT_COLUMNS} : (${match}) AND ${scopeMatch(scope)}`, limit) as [number, number][]
  }
}
