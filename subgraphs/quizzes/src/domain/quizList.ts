import type { Where } from 'payload'
import type { QuizzesContext } from '../context.ts'
import { codesAbove, requireLocality } from './localities.ts'
import { PUBLIC_QUIZ_SELECT, PUBLISHED_ONLY, type PublicQuiz } from './publicQuiz.ts'

/**
 * Published quizzes not yet closed (only those open now with `openNow`), for the people of a locality:
 * national quizzes and those of the locality or any unit above it. Without a locality: all of them.
 */
export async function quizzesFor(
  ctx: QuizzesContext,
  localityCode: string | null | undefined,
  { openNow }: { openNow: boolean },
): Promise<PublicQuiz[]> {
  const now = ctx.now().toISOString()
  const conditions: Where[] = [{ closesAt: { greater_than: now } }]
  if (openNow) conditions.push({ opensAt: { less_than_equal: now } })
  if (localityCode !== null && localityCode !== undefined) {
    const locality = await requireLocality(ctx, localityCode, 'localityCode')
    conditions.push({ or: [{ national: { equals: true } }, { localityCode: { in: codesAbove(locality) } }] })
  }
  const { docs } = await ctx.payload.find({
    collection: 'quizzes',
    where: { and: conditions },
    select: PUBLIC_QUIZ_SELECT,
    sort: ['opensAt', 'id'],
    pagination: false,
    depth: 0,
    ...PUBLISHED_ONLY,
  })
  return docs as PublicQuiz[]
}
