import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, unitIdByName, type Actor } from './support/actors.ts'
import { restClient, type RestClient } from './support/restClient.ts'

let cms: TestCms
let payload: Payload
let rest: RestClient
const actors: Record<string, Actor> = {}

/** Inside is phường Ba Đình (Hà Nội) and its police, outside is Cao Bằng; national has no locality. */
type Side = 'inside' | 'outside' | 'national'
type Op = 'read' | 'readPublished' | 'create' | 'update' | 'delete' | 'publish'
type Role = 'anonymous' | 'super-admin' | 'provincial-editor' | 'unit-editor' | 'officer'
type Collection = 'quizzes' | 'questions'
type Id = number | string

const PLACES = {
  inside: { locality: '00004', unit: 'Công an phường Ba Đình' },
  outside: { locality: '04', unit: 'Công an tỉnh Cao Bằng' },
} as const

async function placeOf(side: Side) {
  if (side === 'national') return {}
  return {
    locality: (await localityIdByCode(payload, PLACES[side].locality)) as number,
    unit: (await unitIdByName(payload, PLACES[side].unit)) as number,
  }
}

let serial = 0
const DATA: Record<Collection, (side: Side) => Promise<Record<string, unknown>>> = {
  quizzes: async (side) => ({
    title: `Cuộc thi thử ${++serial}`,
    laws: ['ND_168_2024'],
    opensAt: '2026-12-01T00:00:00.000Z',
    closesAt: '2026-12-31T00:00:00.000Z',
    ...(await placeOf(side)),
  }),
  questions: async (side) => ({
    code: `QA-${++serial}`,
    text: 'Người điều khiển xe mô tô phải đội mũ bảo hiểm khi nào?',
    options: [
      { text: 'Luôn luôn', correct: true },
      { text: 'Chỉ khi đi đường dài', correct: false },
    ],
    explanation: 'Theo Luật Trật tự, an toàn giao thông đường bộ 2024.',
    law: 'LUAT_TTATGTDB_2024',
    ...(await placeOf(side)),
  }),
}
const CHANGE: Record<Collection, Record<string, unknown>> = {
  quizzes: { description: 'Đã sửa' },
  questions: { topic: 'Đã sửa' },
}
const changed = (collection: Collection, doc: Record<string, unknown>) =>
  collection === 'quizzes' ? doc.description === 'Đã sửa' : doc.topic === 'Đã sửa'
/** Quizzes are versioned with drafts; questions are not (citizens never read them directly). */
const drafts = (collection: Collection) => collection === 'quizzes'

const EDITORS: Role[] = ['super-admin', 'provincial-editor', 'unit-editor']

/** The rule under test, written out plainly: who may do what, where. */
function expected(role: Role, collection: Collection, op: Op, side: Side): boolean {
  const inScope = role === 'super-admin' || (EDITORS.includes(role) && side === 'inside')
  if (op === 'readPublished') return true
  // The national question bank is shared: every editor builds quizzes from it, only the ministry edits it.
  if (op === 'read' && collection === 'questions' && side === 'national') return EDITORS.includes(role)
  return inScope
}

async function fixture(collection: Collection, side: Side, published = false): Promise<Id> {
  const data = { ...(await DATA[collection](side)), ...(published ? { _status: 'published' } : {}) }
  const doc = await payload.create({ collection, data: data as never, draft: drafts(collection) && !published })
  return doc.id
}

const stored = async (collection: Collection, id: Id) =>
  (await payload.find({ collection, where: { id: { equals: id } }, draft: true, depth: 0 })).docs[0] as
    Record<string, unknown> | undefined

/** Attempts the operation as the actor and reports whether it took effect in the database. */
async function attempt(collection: Collection, op: Op, side: Side, actor: Actor): Promise<boolean> {
  const as = { overrideAccess: false, user: actor.user } as const
  const draft = drafts(collection)
  const ignore = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      () => undefined,
    )
  if (op === 'create') {
    const data = await DATA[collection](side)
    const before = (await payload.count({ collection })).totalDocs
    await ignore(payload.create({ collection, data: data as never, draft, ...as }))
    return (await payload.count({ collection })).totalDocs > before
  }
  if (op === 'readPublished') {
    const id = await fixture(collection, side, true)
    const found = await payload.findByID({ collection, id, draft: false, depth: 0, ...as }).catch(() => null)
    return found !== null
  }
  const id = await fixture(collection, side)
  if (op === 'read') {
    const found = await payload.findByID({ collection, id, draft: true, depth: 0, ...as }).catch(() => null)
    return found !== null
  }
  if (op === 'delete') {
    await ignore(payload.delete({ collection, id, ...as }))
    return (await stored(collection, id)) === undefined
  }
  if (op === 'publish') {
    await ignore(payload.update({ collection, id, data: { _status: 'published' } as never, ...as }))
    return (await stored(collection, id))!._status === 'published'
  }
  await ignore(payload.update({ collection, id, data: CHANGE[collection] as never, draft, ...as }))
  return changed(collection, (await stored(collection, id))!)
}

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  actors.anonymous = { name: 'anonymous' }
  actors['super-admin'] = await createActor(payload, 'super-admin')
  actors['provincial-editor'] = await createActor(payload, 'provincial-editor', { localityCode: '01' })
  actors['unit-editor'] = await createActor(payload, 'unit-editor', { unitName: 'Công an phường Ba Đình' })
  actors.officer = await createActor(payload, 'officer', { localityCode: '01' })
  rest = await restClient(payload)
}, 120_000)

afterAll(async () => {
  await rest?.stop()
  await cms?.destroy()
}, 60_000)

const ROLES: Role[] = ['anonymous', 'super-admin', 'provincial-editor', 'unit-editor', 'officer']
const OPS: Record<Collection, Op[]> = {
  quizzes: ['read', 'readPublished', 'create', 'update', 'delete', 'publish'],
  questions: ['read', 'create', 'update', 'delete'],
}
const CASES = (['quizzes', 'questions'] as const).flatMap((collection) =>
  ROLES.flatMap((role) =>
    OPS[collection].flatMap((op) =>
      (['inside', 'outside', 'national'] as const).map((side) => ({
        collection,
        role,
        op,
        side,
        allowed: expected(role, collection, op, side),
      })),
    ),
  ),
)

describe('quiz and question access matrix (Local API, overrideAccess: false)', () => {
  it.each(CASES)('$role $op $collection $side → allowed: $allowed', async ({ collection, role, op, side, allowed }) => {
    expect(await attempt(collection, op, side, actors[role]!)).toBe(allowed)
  })
})

describe('quiz scope rules', () => {
  it('stores the province of a quiz and of a question, and none for national ones', async () => {
    const quiz = await stored('quizzes', await fixture('quizzes', 'inside'))
    const question = await stored('questions', await fixture('questions', 'outside'))
    const national = await stored('questions', await fixture('questions', 'national'))
    expect(quiz).toMatchObject({ provinceCode: '01', localityCode: '00004', national: false })
    expect(question?.provinceCode).toBe('04')
    expect(national?.provinceCode ?? null).toBeNull()
  })

  it('does not let a provincial editor move their quiz to another province, nor make it national', async () => {
    const id = await fixture('quizzes', 'inside')
    const caoBang = await localityIdByCode(payload, '04')
    for (const locality of [caoBang, null]) {
      await expect(
        payload.update({
          collection: 'quizzes',
          id,
          data: { locality: locality as number | null },
          draft: true,
          overrideAccess: false,
          user: actors['provincial-editor']!.user,
        }),
      ).rejects.toThrow(/địa bàn/)
    }
    expect(await stored('quizzes', id)).toMatchObject({ provinceCode: '01', national: false })
  })

  it('publishes a quiz only with questions of its bank: national ones and its province’s', async () => {
    const [national, own, other] = [
      await fixture('questions', 'national'),
      await fixture('questions', 'inside'),
      await fixture('questions', 'outside'),
    ]
    const quiz = await fixture('quizzes', 'inside')
    const publishWith = (questions: Id[], actor: Actor) =>
      payload.update({
        collection: 'quizzes',
        id: quiz,
        data: { questions: questions as number[], _status: 'published' },
        overrideAccess: false,
        user: actor.user,
      })
    for (const actor of [actors['provincial-editor']!, actors['super-admin']!]) {
      await expect(publishWith([national, other], actor)).rejects.toThrow()
    }
    expect((await stored('quizzes', quiz))?._status).toBe('draft')
    await publishWith([national, own], actors['provincial-editor']!)
    expect(await stored('quizzes', quiz)).toMatchObject({ _status: 'published', questions: [national, own] })
  })

  it('lists to a provincial editor the drafts of their province and published quizzes, nothing else', async () => {
    const own = await fixture('quizzes', 'inside')
    const other = await fixture('quizzes', 'outside')
    const national = await fixture('quizzes', 'national')
    const otherPublished = await fixture('quizzes', 'outside', true)
    const seen = await payload.find({
      collection: 'quizzes',
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: actors['provincial-editor']!.user,
    })
    const ids = seen.docs.map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining([own, otherPublished]))
    expect(ids).not.toContain(other)
    expect(ids).not.toContain(national)
    expect(seen.docs.every((d) => d._status === 'published' || d.provinceCode === '01')).toBe(true)
  })

  it('lists the national bank and the province’s questions to its editor, never another province’s', async () => {
    const own = await fixture('questions', 'inside')
    const national = await fixture('questions', 'national')
    const other = await fixture('questions', 'outside')
    const seen = await payload.find({
      collection: 'questions',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: actors['provincial-editor']!.user,
    })
    const ids = seen.docs.map((d) => d.id)
    expect(ids).toEqual(expect.arrayContaining([own, national]))
    expect(ids).not.toContain(other)
    await expect(payload.find({ collection: 'questions', overrideAccess: false, depth: 0 })).rejects.toThrow(
      'không có quyền',
    )
  })
})

describe('quiz versions (REST over HTTP)', () => {
  const firstVersionOf = async (id: Id) =>
    (await payload.findVersions({ collection: 'quizzes', where: { parent: { equals: id } }, limit: 1, depth: 0 }))
      .docs[0]!.id
  const VERSION_CASES = ROLES.flatMap((role) =>
    (['inside', 'outside', 'national'] as const).map((side) => ({
      role,
      side,
      allowed: expected(role, 'quizzes', 'read', side),
    })),
  )

  it.each(VERSION_CASES)(
    '$role lists and opens the versions of a $side draft → $allowed',
    async ({ role, side, allowed }) => {
      const id = await fixture('quizzes', side)
      const list = await rest.call(actors[role]!, 'GET', `/api/quizzes/versions?depth=0&where[parent][equals]=${id}`)
      expect(((list.body?.docs as unknown[] | undefined) ?? []).length > 0).toBe(allowed)
      const one = await rest.call(actors[role]!, 'GET', `/api/quizzes/versions/${await firstVersionOf(id)}?depth=0`)
      expect(one.status === 200).toBe(allowed)
    },
  )
})
