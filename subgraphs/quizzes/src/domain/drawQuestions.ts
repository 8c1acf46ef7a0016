import { randomInt } from 'node:crypto'

/** One question as drawn for an attempt: the order of its options is this attempt's own. */
export type DrawnQuestion = { questionId: number; optionIds: string[] }

export type RandomInt = (maxExclusive: number) => number

/** Fisher–Yates with an unpredictable source: neither the draw nor the option order can be guessed. */
export function shuffled<T>(items: readonly T[], random: RandomInt = randomInt): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random(i + 1)
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

/** Draws `count` questions from the pool (all of them when the pool is smaller) and shuffles each one's options. */
export function drawQuestions(
  pool: readonly { id: number; optionIds: readonly string[] }[],
  count: number,
  random: RandomInt = randomInt,
): DrawnQuestion[] {
  return shuffled(pool, random)
    .slice(0, count)
    .map((question) => ({ questionId: question.id, optionIds: shuffled(question.optionIds, random) }))
}
