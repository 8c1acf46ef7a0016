import type { Payload } from 'payload'
import { DEMO_QUESTIONS, DEMO_QUIZZES } from './data/questions.ts'
import { createProgress } from './progress.ts'

type Out = { write: (line: string) => unknown; isTTY?: boolean }

/** The demo question bank (by code) and the two demo quizzes (by title), created once. */
export async function seedQuizzes(payload: Payload, localityIds: Map<string, number | string>, out: Out) {
  const { docs: existing } = await payload.find({
    collection: 'questions',
    pagination: false,
    depth: 0,
    select: { code: true },
  })
  const codes = new Set(existing.map((q) => q.code))
  const progress = createProgress('questions', DEMO_QUESTIONS.length, out)
  for (const question of DEMO_QUESTIONS) {
    if (!codes.has(question.code)) {
      await payload.create({
        collection: 'questions',
        data: { ...question, options: question.options.map((o) => ({ text: o.text, correct: o.correct === true })) },
      })
    }
    progress.tick()
  }
  progress.finish()

  const { docs: quizzes } = await payload.find({
    collection: 'quizzes',
    pagination: false,
    depth: 0,
    draft: true,
    select: { title: true },
  })
  const titles = new Set(quizzes.map((q) => q.title))
  for (const quiz of DEMO_QUIZZES) {
    if (titles.has(quiz.title)) continue
    await payload.create({
      collection: 'quizzes',
      data: {
        ...quiz,
        laws: [...quiz.laws],
        locality: 'locality' in quiz ? (localityIds.get(quiz.locality) as number) : undefined,
        _status: 'published',
      },
    })
  }
  out.write(`  question bank ready (${DEMO_QUESTIONS.length}), quizzes ready (${DEMO_QUIZZES.length})\n`)
}
