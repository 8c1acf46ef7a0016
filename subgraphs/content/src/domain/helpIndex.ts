import { foldVietnamese } from '@caunoi/platform'
import type { SearchEntry } from '@caunoi/cms'
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch'

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]
import type { Payload } from 'payload'

export type IndexedEntry = Pick<SearchEntry, 'key' | 'kind' | 'refId' | 'refKey' | 'title' | 'body' | 'tags'> & {
  localityCode: string | null
}
export type HelpResult = SearchResult & IndexedEntry

/**
 * A row is stamped when written but visible only once its transaction commits: rows stamped up to
 * this long before the previous read may have been invisible to it, so each read looks back this far.
 */
export const OVERLAP_MS = 5_000

/**
 * An in-memory MiniSearch index of everything searchHelp can find, fed from the CMS's
 * searchEntries rows. Before each search it reads only the rows changed since its last look
 * (one indexed query), so a publish in the admin is searchable on the next request.
 */
export class HelpIndex {
  private readonly index = new MiniSearch<IndexedEntry>({
    idField: 'key',
    fields: ['title', 'body', 'tags'],
    storeFields: ['key', 'kind', 'refId', 'refKey', 'title', 'body', 'localityCode'],
    // "Căn cước", "can cuoc" and "CAN CUOC" are one term; "đ" is "d".
    processTerm: (term) => foldVietnamese(term) || null,
    searchOptions: {
      boost: { title: 3, tags: 1.5 },
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      combineWith: 'OR',
    },
  })
  /** Every folded term ever indexed: a query word found here is spelled right and needs no fuzzy match. */
  private readonly vocabulary = new Set<string>()
  private readonly seen = new Map<string, string>()
  private lastReadAt: number | null = null
  private pending: Promise<void> | null = null

  constructor(private readonly payload: Payload) {}

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
    for (const row of docs) {
      if (this.seen.get(row.key) === row.updatedAt) continue
      this.seen.set(row.key, row.updatedAt)
      if (this.index.has(row.key)) this.index.discard(row.key)
      if (row.public && !row.removed) {
        this.learnTerms(row.title, row.body, row.tags)
        this.index.add({
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
  }

  private learnTerms(...texts: (string | null | undefined)[]): void {
    for (const text of texts) {
      for (const token of tokenize(text ?? '')) {
        const term = foldVietnamese(token)
        if (term) this.vocabulary.add(term)
      }
    }
  }

  get size(): number {
    return this.index.documentCount
  }

  /**
   * Ranked matches, only those `visible` allows (e.g. national or in the asker's locality).
   * Cheapest first: every word exactly, then every word with a typo forgiven, then any word; the
   * later passes score far more documents, so they run only when the earlier ones fall short.
   * Only words the index has never seen get a fuzzy match: expanding a correctly spelled common
   * syllable ("dang", "tru") to its neighbours would score most of the corpus for nothing.
   */
  search(q: string, visible: (entry: IndexedEntry) => boolean, enough: number): HelpResult[] {
    const filter = (r: SearchResult) => visible(r as unknown as IndexedEntry)
    const terms = tokenize(q)
      .map((token) => foldVietnamese(token))
      .filter(Boolean)
    const misspelt = terms.filter((term) => !this.vocabulary.has(term))
    const fuzzy = (term: string) => (term.length >= 2 && !this.vocabulary.has(term) ? 1 : false)
    const anyTypo = (term: string) => (term.length >= 3 ? 1 : false)
    type Pass = SearchOptions & { onlyIfNothingFound?: boolean }
    const passes: Pass[] = [
      { combineWith: 'AND', fuzzy: false },
      // With every word known, a fuzzy AND finds what the exact AND found: skip it.
      ...(misspelt.length > 0 ? [{ combineWith: 'AND', fuzzy } satisfies Pass] : []),
      // A typo can make another real word ("tro" for "tru"): only when nothing matched at all.
      { combineWith: 'AND', fuzzy: anyTypo, onlyIfNothingFound: true },
      { combineWith: 'OR', fuzzy },
    ]
    const found: HelpResult[] = []
    const keys = new Set<string>()
    for (const { onlyIfNothingFound, ...options } of passes) {
      if (onlyIfNothingFound && found.length > 0) continue
      for (const hit of this.index.search(q, { filter, ...options }) as HelpResult[]) {
        if (keys.has(hit.key)) continue
        keys.add(hit.key)
        found.push(hit)
      }
      if (found.length >= enough) break
    }
    return found.sort((a, b) => b.score - a.score)
  }
}
