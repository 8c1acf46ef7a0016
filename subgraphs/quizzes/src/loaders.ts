import type { Locality, Media, Question, QuizParticipant } from '@caunoi/cms'
import { byKey } from '@caunoi/platform'
import DataLoader from 'dataloader'
import type { Payload } from 'payload'
import { PUBLIC_QUIZ_SELECT, PUBLISHED_ONLY, type PublicQuiz } from './domain/publicQuiz.ts'

/** A published quiz with what the server needs to run it (never sent to clients as such). */
export type QuizToRun = PublicQuiz & { provinceCode?: string | null; questions?: (number | { id: number })[] | null }

/** One query per kind of lookup per request, whatever the shape of the client's query. */
export function createQuizzesLoaders(payload: Payload) {
  const quizById = new DataLoader<number, QuizToRun | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'quizzes',
      where: { id: { in: [...ids] } },
      select: { ...PUBLIC_QUIZ_SELECT, provinceCode: true, questions: true },
      pagination: false,
      depth: 0,
      ...PUBLISHED_ONLY,
    })
    return byKey(ids, docs as QuizToRun[], (doc) => doc.id)
  })

  // Questions carry the correct answers: read here, on the server, and never mapped to a public type.
  const questionById = new DataLoader<number, Question | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'questions',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id)
  })

  const participantById = new DataLoader<number, Pick<QuizParticipant, 'id' | 'maskedName'> | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'quizParticipants',
      where: { id: { in: [...ids] } },
      select: { maskedName: true },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id)
  })

  const localityByCode = new DataLoader<string, Locality | null>(async (codes) => {
    const { docs } = await payload.find({
      collection: 'localities',
      where: { code: { in: [...codes] } },
      pagination: false,
      depth: 0,
    })
    return byKey(codes, docs, (doc) => doc.code)
  })

  const localityById = new DataLoader<number, Locality | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'localities',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id)
  })

  // Covers and question images: public library files, read for their url, alt text and size.
  const mediaById = new DataLoader<number, Media | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id)
  })

  return { mediaById, quizById, questionById, participantById, localityByCode, localityById }
}

export type QuizzesLoaders = ReturnType<typeof createQuizzesLoaders>
