import { badUserInput } from '@caunoi/platform'
import type { Locality } from '@caunoi/cms'
import type { ContentContext } from '../context.ts'
import type { HelpHitModel } from './helpHit.ts'
import type { HelpResult } from './helpIndex.ts'
import { ancestryOf, requireLocality } from './localityArgument.ts'
import { snippetFor } from './snippet.ts'

const MAX_HITS = 10
const MAX_QUESTION = 300
/** One hit can be several index rows: a procedure's national text and its versions up the locality chain. */
const ROWS_PER_HIT = 5

function linkOf(hit: HelpResult, locality: Locality | null): string {
  const where = locality ? `?diaBan=${locality.code}` : ''
  if (hit.kind === 'ARTICLE') return `/tin-tuc/${hit.refKey}`
  if (hit.kind === 'HANDBOOK') return `/cam-nang/${hit.refId}`
  return `/thu-tuc/${hit.refKey}${where}`
}

/**
 * searchHelp: ranked hits over procedures (with local versions), handbook entries and articles.
 * A procedure matched through its national text or a local version is one hit, at its best score.
 */
export async function searchHelp(
  ctx: ContentContext,
  q: string,
  localityCode?: string | null,
): Promise<HelpHitModel[]> {
  const question = q.trim()
  if (question === '' || question.length > MAX_QUESTION) {
    throw badUserInput(`Câu hỏi phải có từ 1 đến ${MAX_QUESTION} ký tự.`, [
      { field: 'q', message: 'độ dài không hợp lệ' },
    ])
  }
  const locality = localityCode ? await requireLocality(ctx, localityCode) : null
  const localityCodes = locality ? (await ancestryOf(ctx, locality)).map((l) => l.code) : null

  await ctx.helpIndex.sync()
  const best = new Map<string, HelpResult>()
  const rows = ctx.helpIndex.search(question, { localityCodes }, { enough: MAX_HITS, limit: MAX_HITS * ROWS_PER_HIT })
  for (const hit of rows) {
    const identity = hit.kind === 'PROCEDURE' || hit.kind === 'PROCEDURE_VARIANT' ? `p:${hit.refKey}` : hit.key
    if (!best.has(identity)) best.set(identity, hit)
    if (best.size >= MAX_HITS) break
  }
  return [...best.values()].map((hit) => {
    const isProcedure = hit.kind === 'PROCEDURE' || hit.kind === 'PROCEDURE_VARIANT'
    return {
      kind: isProcedure ? 'PROCEDURE' : hit.kind === 'HANDBOOK' ? 'HANDBOOK' : 'ARTICLE',
      title: hit.title,
      snippet: snippetFor(hit.body ?? '', question),
      score: hit.score,
      link: linkOf(hit, locality),
      refId: hit.refId,
      refKey: hit.refKey,
      localityCode: locality?.code ?? null,
    }
  })
}
