import { foldVietnamese } from '@caunoi/platform'

const MAX_SNIPPET = 200

/** The sentence of `text` sharing the most words with the question, cut to a readable length. */
export function snippetFor(text: string, question: string): string | null {
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim() !== '')
  if (sentences.length === 0) return null
  const words = new Set(
    foldVietnamese(question)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  )
  let best = sentences[0]!
  let bestScore = -1
  for (const sentence of sentences) {
    const folded = foldVietnamese(sentence).split(/[^a-z0-9]+/)
    const score = folded.filter((w) => words.has(w)).length
    if (score > bestScore) [best, bestScore] = [sentence, score]
  }
  const trimmed = best.trim()
  return trimmed.length > MAX_SNIPPET ? `${trimmed.slice(0, MAX_SNIPPET - 1).trimEnd()}…` : trimmed
}
