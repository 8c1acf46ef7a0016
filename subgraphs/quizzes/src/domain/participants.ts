import type { Locality, QuizParticipant } from '@caunoi/cms'
import { badUserInput, forbidden, normalizeVietnamesePhone, type FieldProblem } from '@caunoi/platform'
import type { Where } from 'payload'
import type { ParticipantInput } from '../__generated__/resolvers-types.ts'
import type { QuizzesContext } from '../context.ts'
import { codesAbove, requireLocality } from './localities.ts'
import { maskName } from './maskName.ts'
import type { QuizToRun } from '../loaders.ts'
import { hashParticipantPhone } from './quizKeys.ts'

const NAME_MAX = 100

export type Participant = Pick<QuizParticipant, 'id' | 'maskedName'>

/** Where the participant is ranked: their commune (or province) and its province; null for neither. */
export type ParticipantPlace = { localityCode: string | null; provinceCode: string | null }

type Identity = { phoneHash: string; name: string } | { zaloUserId: string; name: string }

function checkIdentity(ctx: QuizzesContext, input: ParticipantInput | null | undefined): Identity {
  const problems: FieldProblem[] = []
  const name = input?.name?.trim() ?? ''
  if (ctx.identity.zaloUserId) {
    return { zaloUserId: ctx.identity.zaloUserId, name: name.slice(0, NAME_MAX) || 'Người dùng Zalo' }
  }
  if (!name) problems.push({ field: 'participant.name', message: 'Vui lòng nhập họ và tên.' })
  else if (name.length > NAME_MAX)
    problems.push({ field: 'participant.name', message: `Họ và tên tối đa ${NAME_MAX} ký tự.` })
  const rawPhone = input?.phone?.trim() ?? ''
  const phone = rawPhone ? normalizeVietnamesePhone(rawPhone) : null
  if (!rawPhone) problems.push({ field: 'participant.phone', message: 'Vui lòng nhập số điện thoại.' })
  else if (!phone)
    problems.push({ field: 'participant.phone', message: 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678).' })
  if (problems.length > 0 || !phone) {
    throw badUserInput(`Thông tin người dự thi chưa hợp lệ: ${problems.map((p) => p.message).join(' ')}`, problems)
  }
  return { phoneHash: hashParticipantPhone(ctx.keys, phone), name }
}

/**
 * The participant's place on the leaderboards: the locality they give (old codes resolve), which
 * must lie within the quiz's locality; without one, the quiz's own locality.
 */
export async function participantPlace(
  ctx: QuizzesContext,
  quiz: QuizToRun,
  localityCode: string | null | undefined,
): Promise<ParticipantPlace> {
  if (!localityCode?.trim()) return { localityCode: quiz.localityCode ?? null, provinceCode: quiz.provinceCode ?? null }
  const locality: Locality = await requireLocality(ctx, localityCode, 'participant.localityCode')
  if (quiz.localityCode && !codesAbove(locality).includes(quiz.localityCode)) {
    throw forbidden(`Cuộc thi này chỉ dành cho người dân trên địa bàn tổ chức; "${locality.name}" nằm ngoài địa bàn.`)
  }
  return { localityCode: locality.code, provinceCode: locality.provinceCode ?? locality.code }
}

/** Finds the participant by phone hash or Zalo id, registering them on first participation. */
export async function identifyParticipant(
  ctx: QuizzesContext,
  input: ParticipantInput | null | undefined,
  place: ParticipantPlace,
): Promise<Participant> {
  const identity = checkIdentity(ctx, input)
  const where: Where =
    'phoneHash' in identity
      ? { phoneHash: { equals: identity.phoneHash } }
      : { zaloUserId: { equals: identity.zaloUserId } }
  const find = async () =>
    (
      await ctx.payload.find({
        collection: 'quizParticipants',
        where,
        select: { maskedName: true },
        limit: 1,
        pagination: false,
        depth: 0,
      })
    ).docs[0] ?? null
  const existing = await find()
  if (existing) return existing
  try {
    const created = await ctx.payload.create({
      collection: 'quizParticipants',
      data: { ...identity, maskedName: maskName(identity.name), ...place },
      depth: 0,
    })
    return { id: created.id, maskedName: created.maskedName }
  } catch (error) {
    // The same person registering twice at once: the unique index let one win; use theirs.
    const winner = await find()
    if (winner) return winner
    throw error
  }
}
