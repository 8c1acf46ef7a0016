import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, unitIdByName, type Actor } from './support/actors.ts'

let cms: TestCms
let payload: Payload
const actors: Record<string, Actor> = {}

type Side = 'inside' | 'outside'
type Op = 'read' | 'create' | 'update' | 'delete' | 'publish'
type Role = 'anonymous' | 'super-admin' | 'provincial-editor' | 'unit-editor' | 'officer'
type Id = number | string

/** Where a fixture lives: inside is phường Ba Đình (Hà Nội) and its police; outside is Cao Bằng. */
const PLACES = {
  inside: { locality: '00004', unit: 'Công an phường Ba Đình' },
  outside: { locality: '04', unit: 'Công an tỉnh Cao Bằng' },
} as const

let serial = 0
async function placeOf(side: Side) {
  return {
    locality: (await localityIdByCode(payload, PLACES[side].locality)) as number,
    unit: (await unitIdByName(payload, PLACES[side].unit)) as number,
  }
}

const PUBLISH_VERSION = {
  data: { _status: 'published' },
  done: (doc: Record<string, unknown>) => doc._status === 'published',
}

/** How to make a document of each collection in a place, and what to change on update. */
type Subject = {
  collection:
    | 'articles'
    | 'procedureOverrides'
    | 'handbookEntries'
    | 'patrolSchedules'
    | 'hotlines'
    | 'units'
    | 'procedures'
    | 'localities'
  /** Versioned with drafts: fixtures are drafts, publishing sets _status. */
  drafts: boolean
  /** Fixtures are not public (drafts, or an unpublished flag); `publish` makes them public. */
  publish?: { data: Record<string, unknown>; done: (doc: Record<string, unknown>) => boolean }
  data: (side: Side) => Promise<Record<string, unknown>>
  change: Record<string, unknown>
  changed: (doc: Record<string, unknown>) => boolean
}

const SUBJECTS: Subject[] = [
  {
    collection: 'articles',
    drafts: true,
    data: async (side) => ({ title: `Bài thử ${++serial}`, category: 'NEWS', ...(await placeOf(side)) }),
    change: { summary: 'Đã sửa' },
    changed: (doc) => doc.summary === 'Đã sửa',
    publish: PUBLISH_VERSION,
  },
  {
    collection: 'handbookEntries',
    drafts: true,
    data: async (side) => ({
      question: `Câu hỏi thử ${++serial}?`,
      answer: 'Trả lời thử.',
      ...(await placeOf(side)),
    }),
    change: { answer: 'Đã sửa' },
    changed: (doc) => doc.answer === 'Đã sửa',
    publish: PUBLISH_VERSION,
  },
  {
    collection: 'patrolSchedules',
    drafts: false,
    data: async (side) => ({
      area: `Tuyến thử ${++serial}`,
      startsOn: '2026-12-01T00:00:00.000Z',
      endsOn: '2026-12-07T00:00:00.000Z',
      shifts: [{ label: 'Sáng', from: '07:00', to: '11:00' }],
      published: false,
      ...(await placeOf(side)),
    }),
    change: { focus: 'Nồng độ cồn' },
    changed: (doc) => doc.focus === 'Nồng độ cồn',
    publish: { data: { published: true }, done: (doc) => doc.published === true },
  },
  {
    collection: 'procedureOverrides',
    drafts: true,
    data: async (side) => {
      const procedure = await payload.create({
        collection: 'procedures',
        data: { code: `T.${++serial}`, title: 'Thủ tục thử', field: 'cu-tru' },
      })
      return { procedure: procedure.id, ...(await placeOf(side)), fees: '10.000 đồng' }
    },
    change: { fees: '0 đồng' },
    changed: (doc) => doc.fees === '0 đồng',
    publish: PUBLISH_VERSION,
  },
  {
    collection: 'hotlines',
    drafts: false,
    data: async (side) => ({ name: `Số thử ${++serial}`, number: '0912345678', ...(await placeOf(side)) }),
    change: { name: 'Đã sửa' },
    changed: (doc) => doc.name === 'Đã sửa',
  },
  {
    collection: 'units',
    drafts: false,
    data: async (side) => {
      const place = await placeOf(side)
      return { name: `Đội thử ${++serial}`, kind: 'DEPARTMENT', locality: place.locality, parent: place.unit }
    },
    change: { address: 'Địa chỉ mới' },
    changed: (doc) => doc.address === 'Địa chỉ mới',
  },
  {
    collection: 'procedures',
    drafts: false,
    data: async () => ({ code: `P.${++serial}`, title: 'Thủ tục quốc gia thử', field: 'can-cuoc' }),
    change: { fees: 'Miễn phí' },
    changed: (doc) => doc.fees === 'Miễn phí',
  },
  {
    collection: 'localities',
    drafts: false,
    data: async () => ({ code: String(70000 + ++serial), name: 'Xã thử', level: 'COMMUNE' }),
    change: { name: 'Xã đã sửa' },
    changed: (doc) => doc.name === 'Xã đã sửa',
  },
]

const EDITORS: Role[] = ['super-admin', 'provincial-editor', 'unit-editor']

/** The rule under test, written out plainly: who may do what, where. */
function expected(role: Role, subject: Subject, op: Op, side: Side): boolean {
  const scoped = ['articles', 'procedureOverrides', 'handbookEntries', 'patrolSchedules', 'hotlines'].includes(
    subject.collection,
  )
  const inScope = role === 'super-admin' || (EDITORS.includes(role) && side === 'inside')
  if (op === 'read') return subject.publish ? inScope : true // such fixtures are not yet public
  if (op === 'publish') return inScope
  if (scoped) return inScope
  if (subject.collection === 'units' && op === 'update') return inScope
  return role === 'super-admin'
}

async function fixture(subject: Subject, side: Side): Promise<Id> {
  const data = await subject.data(side)
  const doc = await payload.create({ collection: subject.collection, data: data as never, draft: subject.drafts })
  return doc.id
}

const stored = async (subject: Subject, id: Id) =>
  (
    await payload.find({
      collection: subject.collection,
      where: { id: { equals: id } },
      draft: true,
      depth: 0,
    })
  ).docs[0] as Record<string, unknown> | undefined

/** Attempts the operation as the actor and reports whether it took effect in the database. */
async function attempt(subject: Subject, op: Op, side: Side, actor: Actor): Promise<boolean> {
  const as = { overrideAccess: false, user: actor.user } as const
  const ignore = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      () => undefined,
    )
  if (op === 'create') {
    const data = await subject.data(side)
    const before = (await payload.count({ collection: subject.collection })).totalDocs
    await ignore(payload.create({ collection: subject.collection, data: data as never, draft: subject.drafts, ...as }))
    return (await payload.count({ collection: subject.collection })).totalDocs > before
  }
  const id = await fixture(subject, side)
  if (op === 'read') {
    const found = await payload
      .findByID({ collection: subject.collection, id, draft: true, depth: 0, ...as })
      .catch(() => null)
    return found !== null
  }
  if (op === 'delete') {
    await ignore(payload.delete({ collection: subject.collection, id, ...as }))
    return (await stored(subject, id)) === undefined
  }
  if (op === 'publish') {
    await ignore(payload.update({ collection: subject.collection, id, data: subject.publish!.data as never, ...as }))
    return subject.publish!.done((await stored(subject, id))!)
  }
  await ignore(
    payload.update({ collection: subject.collection, id, data: subject.change as never, draft: subject.drafts, ...as }),
  )
  return subject.changed((await stored(subject, id))!)
}

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  actors.anonymous = { name: 'anonymous' }
  actors['super-admin'] = await createActor(payload, 'super-admin')
  actors['provincial-editor'] = await createActor(payload, 'provincial-editor', { localityCode: '01' })
  actors['unit-editor'] = await createActor(payload, 'unit-editor', { unitName: 'Công an phường Ba Đình' })
  actors.officer = await createActor(payload, 'officer', { localityCode: '01' })
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

const ROLES: Role[] = ['anonymous', 'super-admin', 'provincial-editor', 'unit-editor', 'officer']
const OPS: Op[] = ['read', 'create', 'update', 'delete', 'publish']
const CASES = SUBJECTS.flatMap((subject) =>
  ROLES.flatMap((role) =>
    OPS.filter((op) => op !== 'publish' || subject.publish).flatMap((op) =>
      (['inside', 'outside'] as const).map((side) => ({ subject, role, op, side })),
    ),
  ),
)

describe('access matrix (Local API, overrideAccess: false)', () => {
  it.each(
    CASES.map((c) => ({ ...c, collection: c.subject.collection, allowed: expected(c.role, c.subject, c.op, c.side) })),
  )('$role $op $collection $side → allowed: $allowed', async ({ subject, role, op, side, allowed }) => {
    expect(await attempt(subject, op, side, actors[role]!)).toBe(allowed)
  })
})

describe('scope rules', () => {
  it('does not let a provincial editor move their article to another province', async () => {
    const id = await fixture(SUBJECTS[0]!, 'inside')
    const caoBang = await localityIdByCode(payload, '04')
    await expect(
      payload.update({
        collection: 'articles',
        id,
        data: { locality: caoBang as number },
        draft: true,
        overrideAccess: false,
        user: actors['provincial-editor']!.user,
      }),
    ).rejects.toThrow(/địa bàn/)
    expect((await stored(SUBJECTS[0]!, id))?.provinceCode).toBe('01')
  })

  it('lets only the ministry mark a unit channel as verified', async () => {
    const unit = await unitIdByName(payload, 'Công an phường Ba Đình')
    const valuesOf = async () =>
      ((await payload.findByID({ collection: 'units', id: unit, depth: 0 })).verifiedChannels ?? []).map((c) => c.value)
    const before = await valuesOf()
    const channel = { kind: 'ZALO_OA', value: '1234567890', verifiedAt: new Date().toISOString() }
    await payload.update({
      collection: 'units',
      id: unit,
      data: { address: 'Số 1 Đội Cấn', verifiedChannels: [channel] } as never,
      overrideAccess: false,
      user: actors['provincial-editor']!.user,
    })
    expect((await payload.findByID({ collection: 'units', id: unit, depth: 0 })).address).toBe('Số 1 Đội Cấn')
    expect(await valuesOf()).toEqual(before)
    await payload.update({
      collection: 'units',
      id: unit,
      data: { verifiedChannels: [channel] } as never,
      overrideAccess: false,
      user: actors['super-admin']!.user,
    })
    expect(await valuesOf()).toEqual(['1234567890'])
  })

  it('lists another province’s drafts to nobody but the ministry', async () => {
    const outside = await fixture(SUBJECTS[0]!, 'outside')
    const seen = await payload.find({
      collection: 'articles',
      draft: true,
      pagination: false,
      overrideAccess: false,
      user: actors['provincial-editor']!.user,
    })
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(seen.docs.map((d) => d.id)).not.toContain(outside)
    expect(seen.docs.every((d) => d._status === 'published' || d.provinceCode === '01')).toBe(true)
  })
})
