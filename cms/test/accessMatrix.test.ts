import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { requireVersionsAccess } from '../src/config/requireVersionsAccess.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, unitIdByName, type Actor } from './support/actors.ts'
import { restClient, type RestClient } from './support/restClient.ts'

let cms: TestCms
let payload: Payload
let rest: RestClient
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
  rest = await restClient(payload)
}, 120_000)

afterAll(async () => {
  await rest?.stop()
  await cms?.destroy()
}, 60_000)

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

/** Every door Payload's REST API opens on a versioned collection's drafts. */
type Door =
  | 'find ?draft=true'
  | 'findByID ?draft=true'
  | 'create'
  | 'update'
  | 'delete'
  | 'versions list'
  | 'version by id'
  | 'restore version'
const DOORS: Door[] = [
  'find ?draft=true',
  'findByID ?draft=true',
  'create',
  'update',
  'delete',
  'versions list',
  'version by id',
  'restore version',
]

const firstVersionOf = async (subject: Subject, id: Id) =>
  (
    await payload.findVersions({
      collection: subject.collection as 'articles',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
    })
  ).docs[0]!.id

/** Goes through the door over HTTP as the actor and reports whether it opened (saw or changed the draft). */
async function through(subject: Subject, door: Door, side: Side, actor: Actor): Promise<boolean> {
  const base = `/api/${subject.collection}`
  if (door === 'create') {
    const before = (await payload.count({ collection: subject.collection })).totalDocs
    await rest.call(actor, 'POST', `${base}?draft=true`, await subject.data(side))
    return (await payload.count({ collection: subject.collection })).totalDocs > before
  }
  const id = await fixture(subject, side)
  switch (door) {
    case 'find ?draft=true': {
      const { body } = await rest.call(actor, 'GET', `${base}?draft=true&depth=0&where[id][equals]=${id}`)
      return ((body?.docs as unknown[] | undefined) ?? []).length > 0
    }
    case 'findByID ?draft=true':
      return (await rest.call(actor, 'GET', `${base}/${id}?draft=true&depth=0`)).status === 200
    case 'update':
      await rest.call(actor, 'PATCH', `${base}/${id}?draft=true`, subject.change)
      return subject.changed((await stored(subject, id))!)
    case 'delete':
      await rest.call(actor, 'DELETE', `${base}/${id}`)
      return (await stored(subject, id)) === undefined
    case 'versions list': {
      const { body } = await rest.call(actor, 'GET', `${base}/versions?depth=0&where[parent][equals]=${id}`)
      return ((body?.docs as unknown[] | undefined) ?? []).length > 0
    }
    case 'version by id':
      return (
        (await rest.call(actor, 'GET', `${base}/versions/${await firstVersionOf(subject, id)}?depth=0`)).status === 200
      )
    case 'restore version': {
      const first = await firstVersionOf(subject, id)
      await payload.update({ collection: subject.collection, id, data: subject.change as never, draft: true })
      await rest.call(actor, 'POST', `${base}/versions/${first}`)
      return !subject.changed((await stored(subject, id))!)
    }
  }
}

/** Each door opens exactly as far as the draft rule: editors in scope and the super-admin; nobody else. */
const DOOR_CASES = SUBJECTS.filter((s) => s.drafts).flatMap((subject) =>
  ROLES.flatMap((role) =>
    DOORS.flatMap((door) =>
      (['inside', 'outside'] as const).map((side) => ({
        subject,
        collection: subject.collection,
        role,
        door,
        side,
        allowed: role === 'super-admin' || (EDITORS.includes(role) && side === 'inside'),
      })),
    ),
  ),
)

describe('access matrix (REST over HTTP, every door of a versioned collection)', () => {
  it.each(DOOR_CASES)(
    '$role $door $collection $side → allowed: $allowed',
    async ({ subject, role, door, side, allowed }) => {
      expect(await through(subject, door, side, actors[role]!)).toBe(allowed)
    },
  )

  it('lists to an officer no version of any province, and to an editor only their province’s', async () => {
    await fixture(SUBJECTS[0]!, 'inside')
    await fixture(SUBJECTS[0]!, 'outside')
    const officer = await rest.call(actors.officer!, 'GET', '/api/articles/versions?depth=0&limit=0')
    expect(officer.status).toBe(403)
    expect(officer.text).not.toContain('Bài thử')
    const editor = await rest.call(actors['provincial-editor']!, 'GET', '/api/articles/versions?depth=0&limit=0')
    const docs = editor.body!.docs as { version: { provinceCode?: string } }[]
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((d) => d.version.provinceCode === '01')).toBe(true)
    expect((await rest.call(actors.anonymous!, 'GET', '/api/articles/versions')).status).toBe(403)
  })
})

describe('versions access in the config', () => {
  it('gives every versioned collection a readVersions rule', () => {
    const versioned = payload.config.collections.filter((c) => c.versions)
    expect(versioned.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['articles', 'handbookEntries', 'procedureOverrides', 'quizzes']),
    )
    for (const collection of versioned) expect(collection.access.readVersions).toBeDefined()
  })

  it('refuses to build a versioned collection that forgot its readVersions rule', () => {
    expect(() => requireVersionsAccess([{ slug: 'forgotten', fields: [], versions: { drafts: true } }])).toThrow(
      /forgotten/,
    )
  })
})
