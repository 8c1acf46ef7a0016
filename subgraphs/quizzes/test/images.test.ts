import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { importQuestions } from '../src/import/importQuestions.ts'
import { fakeClock, quizzesExecutor, type QuizzesExecutor } from './executeQuizzes.ts'
import { createQuestion, createQuiz, participant } from './factories.ts'
import { questionRow } from './questionFiles.ts'

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
// The start of an MP4 file: an `ftyp` box is what identifies it.
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypmp42', 'ascii'),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from('mp42isom', 'ascii'),
  Buffer.alloc(64),
])

let cms: TestCms
let quizzes: QuizzesExecutor
let pictureId: number
let pictureName: string
let videoId: number

const upload = (data: Buffer, name: string, mimetype: string, alt: string) =>
  cms.payload.create({ collection: 'media', data: { alt }, file: { data, name, mimetype, size: data.length } })

beforeAll(async () => {
  cms = await createTestCms()
  quizzes = await quizzesExecutor(cms.payload, { now: fakeClock('2026-12-01T08:00:00.000Z').now })
  const picture = await upload(PNG, 'bien-bao.png', 'image/png', 'Biển báo cấm đi ngược chiều')
  pictureId = picture.id
  pictureName = picture.filename!
  videoId = (await upload(MP4, 'clip.mp4', 'video/mp4', 'Đoạn phim tuyên truyền an toàn giao thông')).id
}, 120_000)

afterAll(async () => {
  await quizzes?.stop()
  await cms?.destroy()
})

const IMAGE = 'url alt width height'

/** The fields a rejected write names as invalid. */
async function invalidPaths(write: Promise<unknown>): Promise<string[]> {
  const error = await write.then(
    () => null,
    (e: unknown) => e as { data?: { errors?: { path: string }[] } },
  )
  if (!error) throw new Error('the write was accepted')
  return (error.data?.errors ?? []).map((e) => e.path)
}

describe('quiz and question images', () => {
  it('serves the cover and a question’s image from the media library with alt text and size', async () => {
    const illustrated = await createQuestion(cms.payload)
    await cms.payload.update({ collection: 'questions', id: illustrated.id, data: { image: pictureId } })
    const plain = await createQuestion(cms.payload)
    const quiz = await createQuiz(cms.payload, { questions: [illustrated.id, plain.id], questionCount: 2 })
    await cms.payload.update({ collection: 'quizzes', id: quiz.id, data: { cover: pictureId } })

    const { data, errors } = await quizzes.run(`{ quiz(id: "${quiz.id}") { coverUrl cover { ${IMAGE} } } }`)
    expect(errors).toBeUndefined()
    const expectedImage = { url: expect.stringMatching(/bien-bao.*\.png$/), alt: 'Biển báo cấm đi ngược chiều' }
    expect(data!.quiz.cover).toEqual({ ...expectedImage, width: 1, height: 1 })
    expect(data!.quiz.coverUrl).toBe(data!.quiz.cover.url)

    const started = await quizzes.run(
      `mutation Start($quizId: ID!, $participant: ParticipantInput) {
        startQuizAttempt(quizId: $quizId, participant: $participant) { questions { id imageUrl image { ${IMAGE} } } }
      }`,
      { quizId: String(quiz.id), participant: participant() },
    )
    expect(started.errors).toBeUndefined()
    const byId = new Map(
      started.data!.startQuizAttempt.questions.map((q: { id: string }) => [q.id, q] as const),
    ) as Map<string, { imageUrl: string | null; image: unknown }>
    expect(byId.get(String(illustrated.id))).toEqual({
      id: String(illustrated.id),
      image: { ...expectedImage, width: 1, height: 1 },
      imageUrl: data!.quiz.cover.url,
    })
    expect(byId.get(String(plain.id))).toMatchObject({ image: null, imageUrl: null })
  })

  it('refuses a video where an image is expected, and keeps the question as it was', async () => {
    const question = await createQuestion(cms.payload)
    const quiz = await createQuiz(cms.payload)
    expect(
      await invalidPaths(cms.payload.update({ collection: 'questions', id: question.id, data: { image: videoId } })),
    ).toEqual(['image'])
    expect(
      await invalidPaths(cms.payload.update({ collection: 'quizzes', id: quiz.id, data: { cover: videoId } })),
    ).toEqual(['cover'])
    expect(
      (await cms.payload.findByID({ collection: 'questions', id: question.id, depth: 0 })).image ?? null,
    ).toBeNull()
    expect((await cms.payload.findByID({ collection: 'quizzes', id: quiz.id, depth: 0 })).cover ?? null).toBeNull()
  })

  it('links imported questions to library images by file name and rejects rows naming a missing one', async () => {
    const report = await importQuestions(cms.payload, [
      { row: 2, cells: questionRow('IMG-1', { image: pictureName }) as Record<string, string> },
      { row: 3, cells: questionRow('IMG-2', { image: 'khong-co.png' }) as Record<string, string> },
      { row: 4, cells: questionRow('IMG-3', { image: 'clip.mp4' }) as Record<string, string> },
    ])
    expect(report).toMatchObject({ created: 1, rejected: 2 })
    expect(report.rows[1]!.problems.join(' ')).toMatch(/Không có ảnh "khong-co.png" trong thư viện ảnh/)
    expect(report.rows[2]!.problems.join(' ')).toMatch(/Không có ảnh "clip.mp4"/)
    const { docs } = await cms.payload.find({
      collection: 'questions',
      where: { code: { in: ['IMG-1', 'IMG-2', 'IMG-3'] } },
      depth: 0,
    })
    expect(docs.map((d) => [d.code, d.image])).toEqual([['IMG-1', pictureId]])
  })
})
