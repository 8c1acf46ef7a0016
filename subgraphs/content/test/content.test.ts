import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { contentExecutor } from './executeContent.ts'

let cms: TestCms
let content: Awaited<ReturnType<typeof contentExecutor>>

beforeAll(async () => {
  cms = await createTestCms()
  content = await contentExecutor(cms.payload)
}, 60_000)

afterAll(async () => {
  await content?.stop()
  await cms?.destroy()
})

describe('localities', () => {
  it('resolves the old Thái Bình code to Hưng Yên', async () => {
    const { data, errors } = await content.run(`{ locality(code: "34") { code name level } }`)
    expect(errors).toBeUndefined()
    expect(data?.locality).toEqual({ code: '33', name: 'Hưng Yên', level: 'PROVINCE' })
  })

  it('lists today’s provinces without merged ones', async () => {
    const { data } = await content.run(`{ localities { code } }`)
    const codes = data?.localities.map((l: { code: string }) => l.code)
    expect(codes).toHaveLength(34)
    expect(codes).toEqual(expect.arrayContaining(['01', '04', '33']))
    expect(codes).not.toContain('34')
  })

  it('lists the wards of a province by level, with their parent', async () => {
    const { data } = await content.run(`{ localities(parentCode: "01", level: WARD) { code name parent { code } } }`)
    expect(data?.localities.length).toBeGreaterThan(20)
    expect(data?.localities).toContainEqual({ code: '00004', name: 'Phường Ba Đình', parent: { code: '01' } })
  })

  it('answers an unknown parent code with BAD_USER_INPUT', async () => {
    const { errors } = await content.run(`{ localities(parentCode: "99") { code } }`)
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('returns null for a code that does not exist', async () => {
    const { data, errors } = await content.run(`{ locality(code: "98") { code } }`)
    expect(errors).toBeUndefined()
    expect(data?.locality).toBeNull()
  })
})

describe('hotlines', () => {
  it('lists a ward’s own hotlines before its province’s, each number once', async () => {
    const { data } = await content.run(
      `{ hotlines(localityCode: "00004") { name number unit { name } locality { code } } }`,
    )
    const numbers = data?.hotlines.map((h: { number: string }) => h.number)
    expect(numbers[0]).toBe('02438231234')
    expect(numbers).toContain('113')
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(data?.hotlines[0]).toMatchObject({ unit: { name: 'Công an phường Ba Đình' }, locality: { code: '00004' } })
  })
})

describe('procedures', () => {
  it('pages through procedures with cursors, in code order, without repeats', async () => {
    const query = `query($after: String) { procedures(first: 3, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`
    const seen: string[] = []
    let after: string | null = null
    for (let page = 0; page < 10; page++) {
      const { data, errors }: { data?: any; errors?: unknown[] } = await content.run(query, { after })
      expect(errors).toBeUndefined()
      const connection: any = data?.procedures
      seen.push(...connection.edges.map((e: { node: { code: string } }) => e.node.code))
      expect(connection.totalCount).toBe(8)
      if (!connection.pageInfo.hasNextPage) break
      after = connection.pageInfo.endCursor
    }
    expect(seen).toHaveLength(8)
    expect([...seen].sort()).toEqual(seen)
  })

  it('finds procedures without diacritics: "thuong tru" finds "Đăng ký thường trú"', async () => {
    const { data } = await content.run(`{ procedures(search: "thuong tru") { edges { node { title } } } }`)
    const titles = data?.procedures.edges.map((e: { node: { title: string } }) => e.node.title)
    expect(titles).toContain('Đăng ký thường trú')
    expect(titles).not.toContain('Cấp hộ chiếu phổ thông ở trong nước')
  })

  it('matches every word of a search, "đ" as "d": "can cuoc gan chip" finds only the ID card procedure', async () => {
    const { data } = await content.run(`{ procedures(search: "Căn cước gan chip") { edges { node { code } } } }`)
    expect(data?.procedures.edges).toEqual([{ node: { code: '1.011690' } }])
  })

  it('filters by field and includes procedures scoped to a ward’s province', async () => {
    const hanoi = await content.run(
      `{ procedures(localityCode: "00004", field: "dang-ky-xe") { totalCount edges { node { code fieldName } } } }`,
    )
    expect(hanoi.data?.procedures.totalCount).toBe(1)
    expect(hanoi.data?.procedures.edges[0].node.fieldName).toBe('Đăng ký, quản lý phương tiện giao thông')
    const caoBang = await content.run(`{ procedures(localityCode: "04", field: "dang-ky-xe") { totalCount } }`)
    expect(caoBang.data?.procedures.totalCount).toBe(0)
  })

  it('rejects a forged cursor and a negative page size with BAD_USER_INPUT', async () => {
    const forged = await content.run(`{ procedures(after: "bm90LWEtY3Vyc29y") { totalCount } }`)
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const negative = await content.run(`{ procedures(first: -1) { totalCount } }`)
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('returns a procedure with its documents, and null where it does not apply', async () => {
    const { data } = await content.run(`{ procedure(code: "1.004194") { title requiredDocuments { name copies } } }`)
    expect(data?.procedure.title).toBe('Đăng ký thường trú')
    expect(data?.procedure.requiredDocuments).toHaveLength(2)
    const elsewhere = await content.run(`{ procedure(code: "1.012261", localityCode: "04") { code } }`)
    expect(elsewhere.data?.procedure).toBeNull()
  })
})

describe('articles', () => {
  it('lists published articles only, newest first, national ones included for a locality', async () => {
    const { data } = await content.run(
      `{ articles(localityCode: "00004") { totalCount edges { node { title category locality { code } publishedAt } } } }`,
    )
    const nodes = data?.articles.edges.map((e: { node: any }) => e.node)
    const titles = nodes.map((n: { title: string }) => n.title)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Cảnh báo thủ đoạn giả danh công an gọi điện yêu cầu cài ứng dụng định danh',
        'Hướng dẫn đăng ký tạm trú trực tuyến trên ứng dụng VNeID',
        'Công an phường Ba Đình tiếp nhận hồ sơ cư trú vào sáng thứ Bảy',
      ]),
    )
    expect(titles.join(' ')).not.toContain('Bản nháp')
    expect(titles.join(' ')).not.toContain('Cao Bằng')
    expect(nodes.every((n: any) => n.locality === null || ['00004', '01'].includes(n.locality.code))).toBe(true)
    const times = nodes.map((n: { publishedAt: string }) => new Date(n.publishedAt).getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('never serves a draft by slug', async () => {
    const { data } = await content.run(`{ article(slug: "ban-nhap-tong-ket-cong-tac-nam-2026") { title } }`)
    expect(data?.article).toBeNull()
  })

  it('serves a published article by its slug with rich text', async () => {
    const { data } = await content.run(
      `{ article(slug: "huong-dan-dang-ky-tam-tru-truc-tuyen-tren-ung-dung-vneid") { title content } }`,
    )
    expect(data?.article.title).toBe('Hướng dẫn đăng ký tạm trú trực tuyến trên ứng dụng VNeID')
    expect(JSON.stringify(data?.article.content)).toContain('VNeID')
  })
})

describe('federation', () => {
  it('resolves Locality and Procedure references by key for other subgraphs', async () => {
    const { data, errors } = await content.run(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Locality { name } ... on Procedure { title } } }`,
      {
        reps: [
          { __typename: 'Locality', code: '04' },
          { __typename: 'Procedure', code: '1.004222' },
        ],
      },
    )
    expect(errors).toBeUndefined()
    expect(data?._entities).toEqual([{ name: 'Cao Bằng' }, { title: 'Đăng ký tạm trú' }])
  })
})

describe('procedures as a locality applies them', () => {
  const query = `query($code: ID!, $localityCode: ID) {
    procedure(code: $code, localityCode: $localityCode) {
      code submitAt fees processingTime note onlineLevel onlineLevelName legalBasis
      steps { title }
      contactOfficers { name phone unit { name } }
      appliedLocality { code }
      fieldSources { field level locality { code } }
    }
  }`
  const sourceOf = (p: any, field: string) => p.fieldSources.find((s: any) => s.field === field)

  it('merges the ward’s and the province’s overrides over the national version and says where each came from', async () => {
    const { data, errors } = await content.run(query, { code: '1.004222', localityCode: '00004' })
    expect(errors).toBeUndefined()
    const p = data!.procedure
    expect(p.submitAt).toBe('Trụ sở Công an phường Ba Đình, số 1 Đội Cấn')
    expect(p.processingTime).toBe('2 ngày làm việc')
    expect(p.fees).toBe('15.000 đồng (nộp trực tuyến 7.000 đồng)')
    expect(p.contactOfficers).toEqual([
      { name: 'Nguyễn Văn Hùng', phone: '0912345678', unit: { name: 'Công an phường Ba Đình' } },
    ])
    expect(sourceOf(p, 'submitAt')).toEqual({ field: 'submitAt', level: 'COMMUNE', locality: { code: '00004' } })
    expect(sourceOf(p, 'processingTime')).toEqual({
      field: 'processingTime',
      level: 'PROVINCE',
      locality: { code: '01' },
    })
    expect(sourceOf(p, 'fees')).toEqual({ field: 'fees', level: 'NATIONAL', locality: null })
    expect(p).toMatchObject({ onlineLevel: 'FULL', onlineLevelName: 'Toàn trình', appliedLocality: { code: '00004' } })
    expect(p.legalBasis).toContain('Luật Cư trú số 68/2020/QH14')
    expect(p.steps.length).toBeGreaterThan(0)
  })

  it('gives the national version without a locality, and the province’s version in another ward', async () => {
    const national = (await content.run(query, { code: '1.004222' })).data!.procedure
    expect(national.submitAt).toBe('Công an cấp xã nơi dự kiến tạm trú')
    expect(national.fieldSources.every((s: any) => s.level === 'NATIONAL')).toBe(true)
    const hoanKiem = (await content.run(query, { code: '1.004222', localityCode: '00070' })).data!.procedure
    expect(sourceOf(hoanKiem, 'submitAt').level).toBe('PROVINCE')
    expect(hoanKiem.contactOfficers).toEqual([])
  })

  it('applies Hưng Yên’s version to the old Thái Bình code', async () => {
    const p = (await content.run(query, { code: '1.011690', localityCode: '34' })).data!.procedure
    expect(p.appliedLocality).toEqual({ code: '33' })
    expect(sourceOf(p, 'note')).toEqual({ field: 'note', level: 'PROVINCE', locality: { code: '33' } })
  })

  it('ignores an override that is still a draft', async () => {
    const [procedure] = (await cms.payload.find({ collection: 'procedures', where: { code: { equals: '1.004194' } } }))
      .docs
    const [caoBang] = (await cms.payload.find({ collection: 'localities', where: { code: { equals: '04' } } })).docs
    await cms.payload.create({
      collection: 'procedureOverrides',
      draft: true,
      data: { procedure: procedure!.id, locality: caoBang!.id, fees: 'Bản nháp: 0 đồng', _status: 'draft' },
    })
    const p = (await content.run(query, { code: '1.004194', localityCode: '04' })).data!.procedure
    expect(p.fees).toBe('20.000 đồng (nộp trực tuyến 10.000 đồng)')
  })

  it('shows local values in a locality’s procedure list too', async () => {
    const { data } = await content.run(
      `{ procedures(localityCode: "04", field: "cu-tru") { edges { node { code fees } } } }`,
    )
    const tamTru = data!.procedures.edges.find((e: any) => e.node.code === '1.004222')
    expect(tamTru.node.fees).toMatch(/hộ nghèo/)
  })

  it('answers an unknown locality code with BAD_USER_INPUT', async () => {
    const { errors } = await content.run(query, { code: '1.004222', localityCode: '99999' })
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})
