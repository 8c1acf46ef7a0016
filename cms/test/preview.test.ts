import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { previewRoute } from '../src/preview/previewRoute.ts'
import { lexicalFromParagraphs } from '../src/seed/lexical.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, type Actor } from './support/actors.ts'

let cms: TestCms
let payload: Payload
let GET: ReturnType<typeof previewRoute>
const sessions: Record<string, string> = {}

const PASSWORD = 'Matkhau@2026'

/** Signs an actor in the way the admin does and keeps the session token for their cookie. */
async function signIn(name: string, actor: Actor) {
  const { token } = await payload.login({ collection: 'users', data: { email: actor.user!.email, password: PASSWORD } })
  sessions[name] = token!
}

/** A browser request for the preview page, with the admin's session cookie when signed in. */
function open(path: string, as?: string, via: 'cookie' | 'header' = 'cookie') {
  const headers = new Headers()
  if (as && via === 'cookie') headers.set('cookie', `payload-token=${sessions[as]}`)
  if (as && via === 'header') headers.set('authorization', `JWT ${sessions[as]}`)
  const [, , collection, id] = path.split('/')
  return GET(new Request(`http://cms.test${path}`, { headers }), {
    params: Promise.resolve({ collection: collection!, id: id! }),
  })
}

/** A draft article of phường Ba Đình (Hà Nội), with rich text, a chart and some hostile text. */
async function draftArticle(title: string) {
  const content = lexicalFromParagraphs(['Đoạn mở đầu.', '<script>alert(1)</script>'])
  content.root.children[0]!.children[0]!.format = 1 // bold
  return payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title,
      category: 'SCAM_WARNING',
      summary: 'Tóm tắt bản nháp',
      content,
      charts: [
        {
          title: 'Số vụ lừa đảo qua mạng',
          kind: 'BAR',
          unit: 'vụ',
          series: [{ name: '2026', points: [{ label: 'Tháng 10', value: 42 }] }],
        },
      ],
      tags: ['lừa đảo'],
      locality: (await localityIdByCode(payload, '00004')) as number,
      _status: 'draft',
    },
  })
}

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  GET = previewRoute(async () => payload)
  await signIn('hanoi', await createActor(payload, 'provincial-editor', { localityCode: '01' }))
  await signIn('caobang', await createActor(payload, 'provincial-editor', { localityCode: '04' }))
  await signIn('officer', await createActor(payload, 'officer', { localityCode: '01' }))
  await signIn('admin', await createActor(payload, 'super-admin'))
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

describe('article preview', () => {
  it('links the admin’s preview button to the preview page once an article has an id', () => {
    const preview = payload.collections.articles.config.admin.preview!
    expect(preview({ id: 7 }, {} as never)).toBe('/preview/articles/7')
    expect(preview({}, {} as never)).toBeNull()
  })

  it('shows an editor of the province the draft as a citizen would see it', async () => {
    const article = await draftArticle('Cảnh báo cuộc gọi giả danh công an')
    const response = await open(`/preview/articles/${article.id}`, 'hanoi')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    const html = await response.text()
    expect(html).toContain('<h1>Cảnh báo cuộc gọi giả danh công an</h1>')
    expect(html).toContain('Bản nháp: chưa công bố')
    expect(html).toContain('Cảnh báo lừa đảo')
    expect(html).toContain('Địa bàn: Phường Ba Đình')
    expect(html).toContain('<strong>Đoạn mở đầu.</strong>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).toContain('Số vụ lừa đảo qua mạng')
    expect(html).toMatch(/<td>Tháng 10<\/td><td>42<\/td>/)
    expect(html).toContain('#lừa đảo')
  })

  it('accepts the session as a JWT header too (the super-admin sees every province)', async () => {
    const article = await draftArticle('Bài nháp cho quản trị')
    const response = await open(`/preview/articles/${article.id}`, 'admin', 'header')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Bài nháp cho quản trị')
  })

  it('refuses an editor of another province and an officer, without the draft’s text', async () => {
    const article = await draftArticle('Bài nháp không được lộ')
    for (const who of ['caobang', 'officer']) {
      const response = await open(`/preview/articles/${article.id}`, who)
      expect(response.status).toBe(403)
      const html = await response.text()
      expect(html).toContain('Bạn không có quyền xem trước')
      expect(html).not.toContain('Bài nháp không được lộ')
    }
  })

  it('sends anonymous visitors and forged sessions to the admin login, then back', async () => {
    const article = await draftArticle('Bài nháp cho người lạ')
    const anonymous = await open(`/preview/articles/${article.id}`)
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toBe(
      `/admin/login?redirect=${encodeURIComponent(`/preview/articles/${article.id}`)}`,
    )
    sessions.forged = `${sessions.hanoi!.slice(0, -4)}AAAA`
    expect((await open(`/preview/articles/${article.id}`, 'forged')).status).toBe(302)
  })

  it('answers 404 for unknown documents, malformed ids and other collections', async () => {
    expect((await open('/preview/articles/99999999', 'admin')).status).toBe(404)
    expect((await open('/preview/articles/1%20or%201=1', 'admin')).status).toBe(404)
    expect((await open('/preview/users/1', 'admin')).status).toBe(404)
  })

  it('previews the pending draft of a published article while the public keeps the published text', async () => {
    const article = await draftArticle('Bài đã đăng')
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { summary: 'Bản sửa chưa duyệt' },
    })
    const html = await (await open(`/preview/articles/${article.id}`, 'hanoi')).text()
    expect(html).toContain('Bản sửa chưa duyệt')
    expect(html).toContain('Bản nháp')

    const publicView = await payload.find({
      collection: 'articles',
      where: { id: { equals: article.id } },
      overrideAccess: false,
      draft: false,
    })
    expect(publicView.docs[0]?.summary).toBe('Tóm tắt bản nháp')
  })

  it('marks a published article without pending changes as the published version', async () => {
    const article = await draftArticle('Bài đang công bố')
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    const html = await (await open(`/preview/articles/${article.id}`, 'hanoi')).text()
    expect(html).toContain('Bản đang công bố')
    expect(html).not.toContain('Bản nháp')
  })
})

// What a quiz preview shows is proven in quizPreview.test.ts; here only who gets it.
describe('quiz preview', () => {
  it('refuses officers and sends anonymous visitors to the login', async () => {
    const { docs } = await payload.find({ collection: 'quizzes', limit: 1, draft: true })
    expect((await open(`/preview/quizzes/${docs[0]!.id}`, 'officer')).status).toBe(403)
    expect((await open(`/preview/quizzes/${docs[0]!.id}`)).status).toBe(302)
  })
})
