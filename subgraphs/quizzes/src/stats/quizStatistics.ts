import type { Payload, Where } from 'payload'
import { relationId } from '../domain/docId.ts'

export type LocalityStatistics = {
  localityCode: string
  participants: number
  attempts: number
  /** Mean share of correct answers of submitted attempts, in percent (one decimal). */
  averageScorePercent: number
}

export type MissedQuestion = {
  questionId: number
  code: string
  text: string
  asked: number
  missed: number
  missedPercent: number
}

export type QuizStatistics = {
  participants: number
  attempts: number
  submitted: number
  passed: number
  averageScorePercent: number
  byProvince: LocalityStatistics[]
  byCommune: LocalityStatistics[]
  mostMissed: MissedQuestion[]
}

type AttemptRow = {
  participant: number | { id: number }
  localityCode?: string | null
  provinceCode?: string | null
  status: string
  score?: number | null
  maxScore: number
  passed?: boolean | null
  answers?: unknown
}

const round1 = (value: number) => Math.round(value * 10) / 10
const percentOf = (rows: AttemptRow[]) => {
  const submitted = rows.filter((r) => r.status === 'SUBMITTED' && r.maxScore > 0)
  if (submitted.length === 0) return 0
  return round1((submitted.reduce((sum, r) => sum + (r.score ?? 0) / r.maxScore, 0) / submitted.length) * 100)
}

function byLocality(rows: AttemptRow[], codeOf: (row: AttemptRow) => string | null | undefined): LocalityStatistics[] {
  const groups = new Map<string, AttemptRow[]>()
  for (const row of rows) {
    const code = codeOf(row)
    if (code) groups.set(code, [...(groups.get(code) ?? []), row])
  }
  return [...groups.entries()]
    .map(([localityCode, group]) => ({
      localityCode,
      participants: new Set(group.map((r) => relationId(r.participant))).size,
      attempts: group.length,
      averageScorePercent: percentOf(group),
    }))
    .sort((a, b) => b.participants - a.participants || a.localityCode.localeCompare(b.localityCode))
}

/**
 * What editors ask of a quiz (or of all quizzes): how many took part, how well, where, and which
 * questions people get wrong most, from the stored attempts and their server-side marking.
 */
export async function quizStatistics(payload: Payload, quizId?: number, topMissed = 10): Promise<QuizStatistics> {
  const where: Where = quizId ? { quiz: { equals: quizId } } : {}
  const { docs } = await payload.find({
    collection: 'quizAttempts',
    where,
    select: {
      participant: true,
      localityCode: true,
      provinceCode: true,
      status: true,
      score: true,
      maxScore: true,
      passed: true,
      answers: true,
    },
    pagination: false,
    depth: 0,
  })
  const rows = docs as AttemptRow[]
  const submitted = rows.filter((r) => r.status === 'SUBMITTED')

  const tally = new Map<number, { asked: number; missed: number }>()
  for (const row of submitted) {
    for (const answer of (row.answers as { questionId: number; correct: boolean }[] | null) ?? []) {
      const entry = tally.get(answer.questionId) ?? { asked: 0, missed: 0 }
      entry.asked++
      if (!answer.correct) entry.missed++
      tally.set(answer.questionId, entry)
    }
  }
  const worst = [...tally.entries()]
    .filter(([, t]) => t.missed > 0)
    .sort(([idA, a], [idB, b]) => b.missed / b.asked - a.missed / a.asked || b.missed - a.missed || idA - idB)
    .slice(0, topMissed)
  const { docs: questions } = await payload.find({
    collection: 'questions',
    where: { id: { in: worst.map(([id]) => id) } },
    select: { code: true, text: true },
    pagination: false,
    depth: 0,
  })
  const questionById = new Map(questions.map((q) => [q.id, q]))

  return {
    participants: new Set(rows.map((r) => relationId(r.participant))).size,
    attempts: rows.length,
    submitted: submitted.length,
    passed: submitted.filter((r) => r.passed).length,
    averageScorePercent: percentOf(rows),
    byProvince: byLocality(rows, (r) => r.provinceCode),
    byCommune: byLocality(rows, (r) => (r.localityCode !== r.provinceCode ? r.localityCode : null)),
    mostMissed: worst.map(([questionId, t]) => ({
      questionId,
      code: questionById.get(questionId)?.code ?? '',
      text: questionById.get(questionId)?.text ?? '',
      asked: t.asked,
      missed: t.missed,
      missedPercent: round1((t.missed / t.asked) * 100),
    })),
  }
}
