import { MAX_SCORE, MIN_SCORE, RATING_CRITERIA, RATING_EDIT_WINDOW_MS } from '@caunoi/cms'
import { badUserInput, forbidden, notFound, type FieldProblem } from '@caunoi/platform'
import type { RateServiceInput } from '../__generated__/resolvers-types.ts'
import type { DossiersContext } from '../context.ts'
import { dossierForApplicant } from './dossierForApplicant.ts'
import { isRowId, payloadId } from './payloadId.ts'
import { idOf } from './publicDossier.ts'
import { PUBLIC_RATING_SELECT, toPublicRating, type PublicRating } from './publicRating.ts'

export const MAX_COMMENT_LENGTH = 1000

export type RateServiceResult = { rating: PublicRating; updated: boolean }

type Scores = {
  score: number
  criteria: Partial<Record<(typeof RATING_CRITERIA)[number]['name'], number | null>>
  comment: string | null
}

const DOSSIER_NOT_FOUND = 'Không tìm thấy hồ sơ hoặc thông tin xác thực không đúng.'

function checkScore(field: string, label: string, value: number | null | undefined, problems: FieldProblem[]) {
  if (value === null || value === undefined) return
  if (!Number.isInteger(value) || value < MIN_SCORE || value > MAX_SCORE) {
    problems.push({ field, message: `${label}: điểm từ ${MIN_SCORE} đến ${MAX_SCORE}.` })
  }
}

function checkScores(input: RateServiceInput, problems: FieldProblem[]): Scores {
  checkScore('score', 'Mức độ hài lòng chung', input.score, problems)
  const criteria: Scores['criteria'] = {}
  for (const { name, label } of RATING_CRITERIA) {
    const value = input.criteria?.[name]
    checkScore(`criteria.${name}`, label, value, problems)
    criteria[name] = value ?? null
  }
  const comment = input.comment?.trim() || null
  if (comment && comment.length > MAX_COMMENT_LENGTH) {
    problems.push({ field: 'comment', message: `Ý kiến tối đa ${MAX_COMMENT_LENGTH} ký tự.` })
  }
  return { score: input.score, criteria, comment }
}

function reject(problems: FieldProblem[]): never {
  throw badUserInput(`Đánh giá chưa hợp lệ: ${problems.map((p) => p.message).join(' ')}`, problems)
}

async function existingRating(ctx: DossiersContext, dossierCode: string) {
  const { docs } = await ctx.payload.find({
    collection: 'ratings',
    where: { dossierCode: { equals: dossierCode } },
    select: { ...PUBLIC_RATING_SELECT, dossierCode: true },
    limit: 1,
    pagination: false,
    depth: 0,
  })
  return docs[0] ?? null
}

async function changeRating(
  ctx: DossiersContext,
  earlier: { id: number | string; editableUntil?: string | null },
  scores: Scores,
) {
  if (!earlier.editableUntil || ctx.now().getTime() > new Date(earlier.editableUntil).getTime()) {
    throw forbidden('Đã quá 7 ngày kể từ khi đánh giá hồ sơ này nên không thể sửa đánh giá.')
  }
  const updated = await ctx.payload.update({ collection: 'ratings', id: earlier.id, data: scores, depth: 0 })
  return { rating: toPublicRating(updated), updated: true }
}

/** One rating per dossier, by its applicant (verifier); changeable for 7 days after it was first given. */
async function rateDossier(ctx: DossiersContext, input: RateServiceInput, scores: Scores): Promise<RateServiceResult> {
  const dossier = await dossierForApplicant(ctx, input.dossierCode ?? '', input.verifier ?? '')
  if (!dossier) throw notFound(DOSSIER_NOT_FOUND)
  const earlier = await existingRating(ctx, dossier.code)
  if (earlier) return changeRating(ctx, earlier, scores)
  const now = ctx.now()
  try {
    const created = await ctx.payload.create({
      collection: 'ratings',
      data: {
        kind: 'DOSSIER',
        dossierCode: dossier.code,
        unit: payloadId(idOf(dossier.unit)) as number,
        procedureCode: dossier.procedureCode,
        ...scores,
        ratedAt: now.toISOString(),
        editableUntil: new Date(now.getTime() + RATING_EDIT_WINDOW_MS).toISOString(),
      },
      depth: 0,
    })
    ctx.logger.info({ dossierCode: dossier.code, score: scores.score }, 'dossier rated')
    return { rating: toPublicRating(created), updated: false }
  } catch (error) {
    // A concurrent first rating of the same dossier won the unique index: this one changes it.
    const winner = await existingRating(ctx, dossier.code)
    if (winner) return changeRating(ctx, winner, scores)
    throw error
  }
}

/** An anonymous rating of a visit: no identity at all, so it is limited per client instead. */
async function rateVisit(ctx: DossiersContext, input: RateServiceInput, scores: Scores): Promise<RateServiceResult> {
  const problems: FieldProblem[] = []
  const unitId = input.unitId ?? ''
  const procedureCode = (input.procedureCode ?? '').trim()
  const [unit, procedure] = await Promise.all([
    isRowId(unitId)
      ? ctx.payload.find({
          collection: 'units',
          where: { id: { equals: payloadId(unitId) } },
          limit: 1,
          depth: 0,
          select: {},
        })
      : null,
    procedureCode
      ? ctx.payload.find({
          collection: 'procedures',
          where: { code: { equals: procedureCode } },
          limit: 1,
          depth: 0,
          select: {},
        })
      : null,
  ])
  if (!unit?.docs[0]) problems.push({ field: 'unitId', message: 'Không tìm thấy đơn vị được đánh giá.' })
  if (!procedure?.docs[0]) problems.push({ field: 'procedureCode', message: 'Không tìm thấy thủ tục hành chính.' })
  if (problems.length > 0) reject(problems)
  await ctx.guard.consumeVisitRating(ctx.client)
  const created = await ctx.payload.create({
    collection: 'ratings',
    data: {
      kind: 'VISIT',
      unit: unit!.docs[0]!.id,
      procedureCode,
      ...scores,
      ratedAt: ctx.now().toISOString(),
    },
    depth: 0,
  })
  ctx.logger.info({ unit: unitId, procedureCode, score: scores.score }, 'visit rated')
  return { rating: toPublicRating(created), updated: false }
}

export async function rateService(ctx: DossiersContext, input: RateServiceInput): Promise<RateServiceResult> {
  const problems: FieldProblem[] = []
  const scores = checkScores(input, problems)
  const forDossier = Boolean(input.dossierCode)
  const forVisit = Boolean(input.unitId || input.procedureCode)
  if (forDossier && forVisit) {
    problems.push({ field: 'dossierCode', message: 'Chỉ đánh giá hồ sơ hoặc lượt giao dịch, không đồng thời cả hai.' })
  } else if (!forDossier && !forVisit) {
    problems.push({ field: 'dossierCode', message: 'Cần mã hồ sơ, hoặc đơn vị và thủ tục đã giao dịch.' })
  }
  if (forDossier && !input.verifier?.trim()) {
    problems.push({ field: 'verifier', message: 'Cần số điện thoại hoặc số định danh của người nộp hồ sơ.' })
  }
  if (forVisit && !forDossier) {
    if (!input.unitId) problems.push({ field: 'unitId', message: 'Cần chọn đơn vị.' })
    if (!input.procedureCode?.trim())
      problems.push({ field: 'procedureCode', message: 'Cần chọn thủ tục đã giao dịch.' })
  }
  if (problems.length > 0) reject(problems)
  return forDossier ? rateDossier(ctx, input, scores) : rateVisit(ctx, input, scores)
}
