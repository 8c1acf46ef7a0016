// Room for durations up to 100,000 s, far beyond the longest time limit (7,200 s).
const DURATION_SPAN = 100_000_000

/**
 * One number ordering results like the leaderboard (more correct answers first, then less time), kept
 * exact in a double: at most 50 × 10^8, so Redis sorts it without rounding. Lower is better.
 */
export function rankingScore(score: number, durationMs: number): number {
  const duration = Math.min(Math.max(Math.round(durationMs), 0), DURATION_SPAN - 1)
  return -(score * DURATION_SPAN + (DURATION_SPAN - 1 - duration))
}

/** Participant ids padded so that Redis's order of equal scores (by member, bytewise) is numeric. */
export function rankingMember(participantId: number): string {
  return String(participantId).padStart(15, '0')
}
