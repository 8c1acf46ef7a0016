/** One participant's best result of a quiz, as a leaderboard ranks it. */
export type LeaderboardRow = {
  participantId: number
  localityCode: string | null
  score: number
  maxScore: number
  durationMs: number
}

/** A participant's new best attempt: the row plus every scope it counts in. */
export type BestResult = LeaderboardRow & { quizId: number; provinceCode: string | null }

/**
 * Where leaderboards are kept. Both stores rank by score (high first), then time taken (short first),
 * then participant id (who joined first), so they always agree, ties included.
 */
export interface LeaderboardStore {
  record(best: BestResult): Promise<void>
  /** The first `first` rows; scopeCode null is national, else a province's or a commune's code. */
  top(quizId: number, scopeCode: string | null, first: number): Promise<LeaderboardRow[]>
}

/** The codes whose leaderboards a result appears on: national (null), its province, its commune. */
export function scopesOf(best: Pick<BestResult, 'localityCode' | 'provinceCode'>): (string | null)[] {
  const scopes: (string | null)[] = [null]
  for (const code of [best.provinceCode, best.localityCode]) if (code && !scopes.includes(code)) scopes.push(code)
  return scopes
}
