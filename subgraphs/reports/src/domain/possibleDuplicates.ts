import { foldVietnamese } from '@caunoi/platform'
import type { Payload } from 'payload'
import { recentTexts } from './recentTexts.ts'
import type { ReportSubmission } from './validateSubmission.ts'

/** The same car at the same place within this time of the reported moment is likely one event. */
export const SAME_EVENT_WINDOW_MS = 2 * 3_600_000
/** Near-identical texts are compared with the reports of the same locality from this far back. */
export const SIMILAR_TEXT_LOOKBACK_MS = 7 * 86_400_000
// Share of word pairs two texts have in common above which they are "near-identical".
const SIMILARITY_THRESHOLD = 0.8
const CANDIDATE_LIMIT = 200

const normalPlace = (place: string) =>
  foldVietnamese(place)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** Word pairs of a text folded to plain Latin: robust to case, diacritics and punctuation. */
function foldedWordPairs(text: string): Set<string> {
  const words = foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  if (words.length < 2) return new Set(words)
  return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`))
}

// Each submission compares itself with up to CANDIDATE_LIMIT recent texts of its locality: folding
// them again every time was most of its cost. Keyed by the text itself, so an edit is a new entry;
// oldest entries leave first. A plain Map: an LRU's bookkeeping on each of the hundreds of lookups
// per submission cost more than the folding it saved.
const MAX_CACHED_TEXTS = 10 * CANDIDATE_LIMIT
// Texts run up to 10,000 characters: bound the memory, not only the count.
const MAX_CACHED_CHARACTERS = 4_000_000
const pairsOfText = new Map<string, Set<string>>()
let cachedCharacters = 0

function wordPairs(text: string): Set<string> {
  const cached = pairsOfText.get(text)
  if (cached) return cached
  const pairs = foldedWordPairs(text)
  pairsOfText.set(text, pairs)
  cachedCharacters += text.length
  while (pairsOfText.size > MAX_CACHED_TEXTS || cachedCharacters > MAX_CACHED_CHARACTERS) {
    const oldest = pairsOfText.keys().next().value!
    pairsOfText.delete(oldest)
    cachedCharacters -= oldest.length
  }
  return pairs
}

/** Dice coefficient of the word pairs: 1 for the same text, near 0 for unrelated ones. */
export function textSimilarity(a: string, b: string): number {
  const pa = wordPairs(a)
  const pb = wordPairs(b)
  if (pa.size === 0 || pb.size === 0) return 0
  let shared = 0
  for (const pair of pa) if (pb.has(pair)) shared++
  return (2 * shared) / (pa.size + pb.size)
}

/**
 * Earlier reports this one may duplicate, for an officer to review: a traffic violation with the
 * same plate at the same place within two hours, or a near-identical text in the same locality.
 */
export async function possibleDuplicates(payload: Payload, s: ReportSubmission, now: Date): Promise<number[]> {
  const found = new Set<number>()
  if (s.vehiclePlate && s.place && s.occurredAt) {
    const at = new Date(s.occurredAt).getTime()
    const { docs } = await payload.find({
      collection: 'reports',
      where: {
        and: [
          { vehiclePlate: { equals: s.vehiclePlate } },
          { occurredAt: { greater_than_equal: new Date(at - SAME_EVENT_WINDOW_MS).toISOString() } },
          { occurredAt: { less_than_equal: new Date(at + SAME_EVENT_WINDOW_MS).toISOString() } },
        ],
      },
      select: { place: true },
      limit: CANDIDATE_LIMIT,
      pagination: false,
      depth: 0,
    })
    const place = normalPlace(s.place)
    for (const doc of docs) if (doc.place && normalPlace(doc.place) === place) found.add(doc.id)
  }
  const nearby = await recentTexts(
    payload,
    s.locality.code,
    new Date(now.getTime() - SIMILAR_TEXT_LOOKBACK_MS),
    CANDIDATE_LIMIT,
  )
  for (const doc of nearby) if (textSimilarity(doc.content, s.content) >= SIMILARITY_THRESHOLD) found.add(doc.id)
  return [...found]
}
