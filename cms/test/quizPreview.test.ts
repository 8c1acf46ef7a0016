import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { quizPreview } from '../src/quizzes/quizPreview.ts'
import { previewRoute } from '../src/preview/previewRoute.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, type Actor } from './support/actors.ts'

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

let cms: TestCms
let payload: Payload
const actors: Record<string, Actor> = {}
const questions: Record<'national' | 'hanoi' | 'caoBang', number> = { national: 0, hanoi: 0, caoBang: 0 }
let quizId: number

/** A question of the law KHAC (the demo bank has none), of a locality or national. */
async function question(code: string, localityCode: string | null, correct: number[]) {
  const doc = await payload.create({
    collection: 'questions',
    data: {
      code,
      law: 'KHAC',
      difficulty: 'EASY',
      text: `Câu hỏi ${code}: hành vi nào bị nghiêm cấm?`,
      options: ['Phương án một', 'Phương án hai', 'Phương án ba'].map((text, i) => ({
        text: `${text} (${code})`,
        correct: correct.includes(i),
      })),
      explanation: `Căn cứ Điều 1 văn bản thử nghiệm (${code}).`,
      locality: localityCode ? ((await localityIdByCode(payload, localityCode)) as number) : undefined,
    },
  })
  return doc.id
}

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  actors.hanoiEditor = await createActor(payload, 'provincial-editor', { localityCode: '01' })
  actors.caoBangEditor = await createActor(payload, 'provincial-editor', { localityCode: '04' })
  actors.officer = await createActor(payload, 'officer', { localityCode: '01' })
  actors.superAdmin = await createActor(payload, 'super-admin')
  questions.national = await question('PV-A-NATIONAL', null, [0])
  questions.hanoi = await question('PV-B-HANOI', '01', [1, 2])
  questions.caoBang = await question('PV-C-CAOBANG', '04', [0])
  const cover = await payload.create({
    collection: 'media',
    data: { alt: 'Áp phích cuộc thi tìm hiểu pháp luật' },
    file: { data: PNG, name: 'ap-phich.png', mimetype: 'image/png', size: PNG.length },
  })
  const quiz = await payload.create({
    collection: 'quizzes',
    draft: true,
    data: {
      title: 'Cuộc thi thử xem trước',
      laws: ['KHAC'],
      opensAt: '2026-12-01T01:00:00.000Z',
      closesAt: '2026-12-31T10:00:00.000Z',
      questionCount: 2,
      locality: (await localityIdByCode(payload, '01')) as number,
      cover: cover.id,
      _status: 'draft',
    },
  })
  quizId = quiz.id
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

/** The error code a rejected preview carries (FORBIDDEN, NOT_FOUND). */
async function codeOf(preview: Promise<unknown>): Promise<unknown> {
  const error = await preview.then(
    () => null,
    (e: unknown) => e as { extensions?: { code?: unknown } },
  )
  if (!error) throw new Error('the preview was allowed')
  return error.extensions?.code
}

describe('quiz preview', () => {
  it('shows the province’s editor the draft with its bank’s questions and their correct answers', async () => {
    const preview = await quizPreview(payload, String(quizId), actors.hanoiEditor!.user)
    expect(preview.quiz).toMatchObject({
      id: quizId,
      title: 'Cuộc thi thử xem trước',
      status: 'draft',
      locality: { code: '01' },
      cover: { alt: 'Áp phích cuộc thi tìm hiểu pháp luật', width: 1, height: 1 },
    })
    // The national bank and Hà Nội's own questions; Cao Bằng's are never drawn for Hà Nội.
    expect(preview.questions.map((q) => q.id)).toEqual([questions.national, questions.hanoi])
    expect(preview.poolSize).toBe(2)
    const hanoi = preview.questions[1]!
    expect(hanoi.multipleAnswers).toBe(true)
    expect(hanoi.options.map((o) => o.correct)).toEqual([false, true, true])
    expect(hanoi.explanation).toMatch(/Căn cứ Điều 1/)
  })

  it('shows the latest draft, not the published version', async () => {
    await payload.update({ collection: 'quizzes', id: quizId, data: { _status: 'published' } })
    await payload.update({ collection: 'quizzes', id: quizId, draft: true, data: { title: 'Tên mới chưa công bố' } })
    const preview = await quizPreview(payload, quizId, actors.superAdmin!.user)
    expect(preview.quiz).toMatchObject({ title: 'Tên mới chưa công bố', status: 'draft' })
  })

  it('forbids another province’s editor, an officer and anonymous visitors, even once the quiz is published', async () => {
    await payload.update({ collection: 'quizzes', id: quizId, data: { _status: 'published' } })
    expect(await codeOf(quizPreview(payload, quizId, actors.caoBangEditor!.user))).toBe('FORBIDDEN')
    expect(await codeOf(quizPreview(payload, quizId, actors.officer!.user))).toBe('FORBIDDEN')
    expect(await codeOf(quizPreview(payload, quizId, null))).toBe('FORBIDDEN')
  })

  it('answers an unknown or malformed quiz id with NOT_FOUND', async () => {
    expect(await codeOf(quizPreview(payload, 99_999_999, actors.superAdmin!.user))).toBe('NOT_FOUND')
    expect(await codeOf(quizPreview(payload, 'khong-phai-so', actors.superAdmin!.user))).toBe('NOT_FOUND')
  })

  it('links the admin’s preview button to the preview page', () => {
    const preview = payload.collections.quizzes.config.admin.preview!
    expect(preview({ id: quizId }, { locale: 'vi', req: {} as never, token: null })).toBe(`/preview/quizzes/${quizId}`)
  })
})

describe('quiz preview page', () => {
  const GET = previewRoute(async () => payload)

  async function headersOf(actor: Actor): Promise<Headers> {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: actor.user!.email, password: 'Matkhau@2026' },
    })
    return new Headers({ Authorization: `JWT ${token}` })
  }

  const open = (headers: Headers, id = String(quizId)) =>
    GET(new Request(`http://cms.test/preview/quizzes/${id}`, { headers }), {
      params: Promise.resolve({ collection: 'quizzes', id }),
    })

  it('renders the quiz in Vietnamese with the correct answers marked, for the editor signed in', async () => {
    const response = await open(await headersOf(actors.hanoiEditor!))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const html = await response.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<strong>Phương án ba (PV-B-HANOI)</strong> ✔ đáp án đúng')
    expect(html).toContain('<li>Phương án một (PV-B-HANOI)</li>')
    expect(html).not.toContain('PV-C-CAOBANG')
    expect(html).toContain('alt="Áp phích cuộc thi tìm hiểu pháp luật"')
  })

  it('refuses another province’s editor (403), sends visitors to the login (302) and unknown quizzes 404', async () => {
    const refused = await open(await headersOf(actors.caoBangEditor!))
    expect(refused.status).toBe(403)
    expect(await refused.text()).not.toContain('Phương án')
    const visitor = await open(new Headers())
    expect(visitor.status).toBe(302)
    expect(visitor.headers.get('location')).toBe(
      `/admin/login?redirect=${encodeURIComponent(`/preview/quizzes/${quizId}`)}`,
    )
    expect((await open(await headersOf(actors.superAdmin!), '99999999')).status).toBe(404)
  })
})
