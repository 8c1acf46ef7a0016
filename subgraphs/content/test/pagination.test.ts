import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { encodeCursor } from '@caunoi/platform'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { contentExecutor } from './executeContent.ts'

let cms: TestCms
let content: Awaited<ReturnType<typeof contentExecutor>>

const localityId = async (code: string) =>
  (await cms.payload.find({ collection: 'localities', where: { code: { equals: code } }, limit: 1, depth: 0 })).docs[0]!
    .id

/** Rows that share their sort value prove the id tie-break: no row lost or repeated at a page edge. */
const TWIN_QUESTION = 'Câu hỏi giống nhau khi phân trang?'
const TWIN_START = '2026-12-22T00:00:00.000Z'

beforeAll(async () => {
  cms = await createTestCms()
  content = await contentExecutor(cms.payload)
  const hanoi = await localityId('01')
  for (let i = 0; i < 5; i++) {
    await cms.payload.create({
      collection: 'handbookEntries',
      data: { question: TWIN_QUESTION, answer: `Trả lời ${i}`, locality: hanoi, _status: 'published' },
    })
    await cms.payload.create({
      collection: 'patrolSchedules',
      data: {
        area: `Tuyến trùng ngày ${i}`,
        startsOn: TWIN_START,
        endsOn: '2026-12-23T00:00:00.000Z',
        shifts: [{ label: 'Ca sáng', from: '07:00', to: '11:00' }],
        published: true,
        locality: hanoi,
      },
    })
  }
  await cms.payload.create({
    collection: 'handbookEntries',
    draft: true,
    data: { question: 'Câu hỏi nháp không được công bố?', answer: 'Nháp', locality: hanoi, _status: 'draft' },
  })
  await cms.payload.create({
    collection: 'patrolSchedules',
    data: {
      area: 'Tuyến chưa công bố',
      startsOn: TWIN_START,
      endsOn: '2026-12-23T00:00:00.000Z',
      shifts: [{ label: 'Ca đêm', from: '22:00', to: '23:59' }],
      published: false,
      locality: hanoi,
    },
  })
}, 120_000)

afterAll(async () => {
  await content?.stop()
  await cms?.destroy()
})

type Page = {
  edges: { cursor: string; node: { id: string; label: string } }[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  totalCount: number
}

/** Follows endCursor until the last page, as a client would. */
async function allPages(query: string, field: string, variables: Record<string, unknown>) {
  const nodes: { id: string; label: string }[] = []
  const totals = new Set<number>()
  let after: string | null = null
  for (let guard = 0; guard < 100; guard++) {
    const { data, errors } = await content.run(query, { ...variables, after })
    expect(errors).toBeUndefined()
    const page = data![field] as Page
    nodes.push(...page.edges.map((e) => e.node))
    totals.add(page.totalCount)
    if (!page.pageInfo.hasNextPage) {
      return { nodes, totals: [...totals], lastCursor: page.pageInfo.endCursor }
    }
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor)
    after = page.pageInfo.endCursor
  }
  throw new Error('pagination did not end')
}

describe('handbookConnection', () => {
  const PAGE = `query($code: ID, $tag: String, $first: Int, $after: String) {
    handbookConnection(localityCode: $code, tag: $tag, first: $first, after: $after) {
      edges { cursor node { id label: question } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`
  const LIST = `query($code: ID) { handbook(localityCode: $code) { id label: question } }`

  it('pages through the same published entries as handbook, in order, without gaps or repeats', async () => {
    const list = (await content.run(LIST, { code: '01' })).data!.handbook as { id: string; label: string }[]
    const { nodes, totals } = await allPages(PAGE, 'handbookConnection', { code: '01', first: 4 })
    expect(totals).toEqual([nodes.length])
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length)
    expect(nodes.map((n) => n.id).sort()).toEqual(list.map((n) => n.id).sort())
    expect(nodes.map((n) => n.label)).toEqual(list.map((n) => n.label))
    expect(nodes.filter((n) => n.label === TWIN_QUESTION)).toHaveLength(5)
    expect(nodes.map((n) => n.label)).not.toContain('Câu hỏi nháp không được công bố?')
  })

  it('gives the same order on every request', async () => {
    const first = await allPages(PAGE, 'handbookConnection', { code: '01', first: 3 })
    const again = await allPages(PAGE, 'handbookConnection', { code: '01', first: 7 })
    expect(again.nodes).toEqual(first.nodes)
  })

  it('keeps the tag filter across pages', async () => {
    const { nodes } = await allPages(PAGE, 'handbookConnection', { code: '33', tag: 'sáp nhập', first: 1 })
    const list = (await content.run(`{ handbook(localityCode: "33", tag: "sáp nhập") { id } }`)).data!.handbook
    expect(nodes.map((n) => n.id).sort()).toEqual(list.map((n: { id: string }) => n.id).sort())
    expect(nodes.length).toBeGreaterThan(0)
  })

  it('answers first: 0 with the count only', async () => {
    const { data } = await content.run(PAGE, { code: '01', first: 0 })
    expect(data!.handbookConnection.edges).toEqual([])
    expect(data!.handbookConnection.totalCount).toBeGreaterThan(5)
  })
})

describe('patrolSchedulesConnection', () => {
  const PAGE = `query($code: ID!, $from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
    patrolSchedulesConnection(localityCode: $code, from: $from, to: $to, first: $first, after: $after) {
      edges { cursor node { id label: area } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`
  const LIST = `query($code: ID!, $from: DateTime!, $to: DateTime!) {
    patrolSchedules(localityCode: $code, from: $from, to: $to) { id label: area startsOn }
  }`
  const DECEMBER = { from: '2026-12-01T00:00:00Z', to: '2026-12-31T00:00:00Z' }

  it('pages through the same published schedules as patrolSchedules, by start date, without gaps or repeats', async () => {
    for (const code of ['01', '00070']) {
      const list = (await content.run(LIST, { code, ...DECEMBER })).data!.patrolSchedules as {
        id: string
        label: string
      }[]
      const { nodes, totals } = await allPages(PAGE, 'patrolSchedulesConnection', { code, ...DECEMBER, first: 2 })
      expect(totals).toEqual([list.length])
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length)
      expect(nodes.map((n) => n.id).sort()).toEqual(list.map((n) => n.id).sort())
      expect(nodes.filter((n) => n.label.startsWith('Tuyến trùng ngày'))).toHaveLength(5)
      expect(nodes.map((n) => n.label)).not.toContain('Tuyến chưa công bố')
    }
  })

  it('orders by start date then id', async () => {
    const { nodes } = await allPages(PAGE, 'patrolSchedulesConnection', { code: '01', ...DECEMBER, first: 3 })
    const { docs } = await cms.payload.find({
      collection: 'patrolSchedules',
      where: { id: { in: nodes.map((n) => Number(n.id)) } },
      pagination: false,
      depth: 0,
    })
    const key = (id: string) => {
      const doc = docs.find((d) => String(d.id) === id)!
      return [new Date(doc.startsOn).getTime(), doc.id] as const
    }
    const keys = nodes.map((n) => key(n.id))
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1])
    expect(keys).toEqual(sorted)
  })

  it('still validates the dates', async () => {
    const { errors } = await content.run(PAGE, { code: '01', from: DECEMBER.to, to: DECEMBER.from })
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})

describe('bad cursors', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['handbookConnection', `query($after: String) { handbookConnection(first: 2, after: $after) { totalCount } }`, {}],
    [
      'patrolSchedulesConnection',
      `query($after: String) { patrolSchedulesConnection(localityCode: "01", from: "2026-12-01T00:00:00Z", to: "2026-12-31T00:00:00Z", first: 2, after: $after) { totalCount } }`,
      {},
    ],
  ]
  const garbage = [
    'không-phải-con-trỏ',
    encodeCursor(['chỉ một phần']),
    encodeCursor(['Câu hỏi', '1 OR 1=1']),
    encodeCursor(['không phải ngày', 1]),
  ]

  it.each(cases)('answers a forged %s cursor with BAD_USER_INPUT', async (field, query) => {
    for (const after of garbage) {
      // A handbook cursor may hold any question text, so "không phải ngày" is valid there.
      if (field === 'handbookConnection' && after === garbage[3]) continue
      const { data, errors } = await content.run(query, { after })
      expect(data).toBeNull()
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
      expect(errors?.[0]?.message).toMatch(/Con trỏ phân trang/)
    }
  })

  it('answers a patrol schedule cursor holding a date no database can store with BAD_USER_INPUT', async () => {
    const query = cases[1]![1]
    const { data, errors } = await content.run(query, { after: encodeCursor(['0000-06-13T20:23:25.135Z', 1]) })
    expect(data).toBeNull()
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(errors?.[0]?.message).toMatch(/Con trỏ phân trang/)
  })

  it('answers an articles cursor with a date no database can store, or a text id, with BAD_USER_INPUT', async () => {
    const query = `query($after: String) { articles(first: 2, after: $after) { totalCount } }`
    for (const key of [
      ['0000-06-13T20:23:25.135Z', 1],
      ['không phải ngày', 1],
      ['2026-12-01T00:00:00.000Z', '1 OR 1=1'],
    ]) {
      const { data, errors } = await content.run(query, { after: encodeCursor(key) })
      expect(data).toBeNull()
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    }
  })

  it('refuses a negative page size', async () => {
    const { errors } = await content.run(`{ handbookConnection(first: -1) { totalCount } }`)
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})
