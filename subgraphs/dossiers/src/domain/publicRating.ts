import type { Rating } from '@caunoi/cms'

/** What a citizen sees of a rating: the scores and words, and the unit's answer. */
export const PUBLIC_RATING_SELECT = {
  score: true,
  criteria: true,
  comment: true,
  ratedAt: true,
  editableUntil: true,
  reply: true,
  repliedAt: true,
} as const

export type PublicRating = Pick<Rating, keyof typeof PUBLIC_RATING_SELECT>

export function toPublicRating(rating: PublicRating): PublicRating {
  return {
    score: rating.score,
    criteria: rating.criteria ?? {},
    comment: rating.comment,
    ratedAt: rating.ratedAt,
    editableUntil: rating.editableUntil,
    reply: rating.reply,
    repliedAt: rating.repliedAt,
  }
}
