import type { Quiz } from '@caunoi/cms'

/** What the public may know of a quiz: its rules and schedule, never its questions. */
export type PublicQuiz = Pick<
  Quiz,
  | 'id'
  | 'title'
  | 'laws'
  | 'description'
  | 'cover'
  | 'localityCode'
  | 'opensAt'
  | 'closesAt'
  | 'timeLimitSeconds'
  | 'questionCount'
  | 'passPercent'
  | 'maxAttempts'
>

export const PUBLIC_QUIZ_SELECT = {
  title: true,
  laws: true,
  description: true,
  cover: true,
  localityCode: true,
  opensAt: true,
  closesAt: true,
  timeLimitSeconds: true,
  questionCount: true,
  passPercent: true,
  maxAttempts: true,
} as const

/** Public reads go through the collection's access rule: drafts stay invisible. */
export const PUBLISHED_ONLY = { overrideAccess: false, draft: false } as const

export function isOpen(quiz: Pick<Quiz, 'opensAt' | 'closesAt'>, now: Date): boolean {
  return new Date(quiz.opensAt) <= now && now < new Date(quiz.closesAt)
}
