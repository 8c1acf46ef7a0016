import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, type Actor } from './support/actors.ts'

let cms: TestCms
let payload: Payload
let editor: Actor

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  editor = await createActor(payload, 'provincial-editor', { localityCode: '01' })
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

/** Queues the job the admin's "schedule publish" button queues, as the given editor. */
const schedule = (articleId: number, type: 'publish' | 'unpublish', at: Date) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'articles', value: articleId },
      user: { relationTo: 'users', value: editor.user!.id },
    },
    waitUntil: at,
  })

const statusOf = async (id: number) => (await payload.findByID({ collection: 'articles', id, depth: 0 }))._status

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, not before, and unpublishes it on schedule', async () => {
    const hanoi = (await localityIdByCode(payload, '01')) as number
    const draft = async (title: string) =>
      payload.create({
        collection: 'articles',
        draft: true,
        data: { title, category: 'ANNOUNCEMENT', locality: hanoi },
      })
    const due = await draft('Thông báo lịch tiếp công dân tháng 12')
    const later = await draft('Thông báo nghỉ Tết Dương lịch')
    await schedule(due.id, 'publish', new Date(Date.now() - 1000))
    await schedule(later.id, 'publish', new Date(Date.now() + 3_600_000))

    await payload.jobs.run()
    expect(await statusOf(due.id)).toBe('published')
    expect(await statusOf(later.id)).toBe('draft')
    const publicView = await payload.find({ collection: 'articles', overrideAccess: false, pagination: false })
    expect(publicView.docs.map((a) => a.id)).toContain(due.id)
    expect(publicView.docs.map((a) => a.id)).not.toContain(later.id)

    await schedule(due.id, 'unpublish', new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await statusOf(due.id)).toBe('draft')
  })

  it('runs a scheduled job with the scheduling editor’s rights: no publishing outside their province', async () => {
    const caoBang = (await localityIdByCode(payload, '04')) as number
    const foreign = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Bản nháp của Cao Bằng', category: 'NEWS', locality: caoBang },
    })
    await schedule(foreign.id, 'publish', new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await statusOf(foreign.id)).toBe('draft')
  })
})
