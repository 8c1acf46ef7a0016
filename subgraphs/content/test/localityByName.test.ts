import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { contentExecutor } from './executeContent.ts'

let cms: TestCms
let content: Awaited<ReturnType<typeof contentExecutor>>

beforeAll(async () => {
  cms = await createTestCms()
  content = await contentExecutor(cms.payload)
}, 120_000)

afterAll(async () => {
  await content?.stop()
  await cms?.destroy()
})

const BY_NAME = `query($name: String!, $provinceCode: ID) {
  localityByName(name: $name, provinceCode: $provinceCode) {
    locality { code name level }
    merged
    ambiguous
    candidates { matched { code name mergedInto { code } } successor { code name } merged }
  }
}`

async function byName(name: string, provinceCode?: string) {
  const { data, errors } = await content.run(BY_NAME, { name, provinceCode })
  expect(errors).toBeUndefined()
  return data!.localityByName
}

describe('localityByName', () => {
  it('leads the former Thái Bình province to Hưng Yên and says it was merged, with or without diacritics', async () => {
    for (const name of ['Thái Bình', 'thai binh', 'THAI BINH', 'Tỉnh Thái Bình', 'tinh thai binh']) {
      const match = await byName(name)
      expect(match.locality).toEqual({ code: '33', name: 'Hưng Yên', level: 'PROVINCE' })
      expect(match.merged).toBe(true)
      expect(match.ambiguous).toBe(false)
      expect(match.candidates[0]).toMatchObject({ matched: { code: '34', mergedInto: { code: '33' } }, merged: true })
    }
  })

  it('offers today’s phường Thái Bình as another candidate, and finds it when the kind is written', async () => {
    const all = await byName('Thái Bình')
    expect(all.candidates.map((c: any) => c.matched.code)).toEqual(['34', '13225'])
    const ward = await byName('phuong Thai Binh')
    expect(ward.locality).toEqual({ code: '13225', name: 'Phường Thái Bình', level: 'WARD' })
    expect(ward.merged).toBe(false)
  })

  it('resolves a pre-2025 commune named with its district to its successor', async () => {
    const match = await byName('xa Tan Hoa, huyen Vu Thu')
    expect(match.locality.code).toBe('13225')
    expect(match.merged).toBe(true)
    expect(match.candidates).toEqual([
      expect.objectContaining({ matched: expect.objectContaining({ code: '13216' }), merged: true }),
    ])
  })

  it('answers a name shared by communes of different successors with the candidates', async () => {
    const match = await byName('Tân Hòa')
    expect(match.locality).toBeNull()
    expect(match.ambiguous).toBe(true)
    expect(match.candidates.map((c: any) => [c.matched.code, c.successor.code]).sort()).toEqual([
      ['12622', '12595'],
      ['13216', '13225'],
    ])
    // The district or the old province code narrows it down.
    expect((await byName('Tân Hòa, Hưng Hà')).locality.code).toBe('12595')
    expect((await byName('Tân Hòa', '34')).ambiguous).toBe(true)
  })

  it('tells names apart by their marks when written with them, but not without', async () => {
    const hung = await byName('Xã Việt Hùng')
    expect(hung.locality.code).toBe('00454')
    expect(hung.merged).toBe(true)
    const plain = await byName('viet hung')
    expect(plain.ambiguous).toBe(true)
    expect(plain.candidates.map((c: any) => c.matched.code).sort()).toEqual(['00127', '00487', '11998'])
    expect((await byName('viet hung, van lam')).locality.code).toBe('11995')
  })

  it('finds today’s provinces however the kind is written', async () => {
    for (const name of ['Hà Nội', 'TP. Hà Nội', 'thanh pho ha noi']) {
      const match = await byName(name)
      expect(match.locality.code).toBe('01')
      expect(match.merged).toBe(false)
    }
    expect((await byName('Hưng Yên')).locality.code).toBe('33')
  })

  it('restricts the search to a province', async () => {
    const match = await byName('Việt Hưng', '01')
    expect(match.locality.code).toBe('00127')
    expect(match.merged).toBe(false)
  })

  it('answers an unknown name with no locality and no candidates', async () => {
    expect(await byName('Atlantis')).toEqual({ locality: null, merged: false, ambiguous: false, candidates: [] })
  })

  it('refuses an empty or oversized name and an unknown province code with BAD_USER_INPUT', async () => {
    for (const variables of [{ name: ' , !' }, { name: 'x'.repeat(201) }, { name: 'Tân Hòa', provinceCode: '99' }]) {
      const { data, errors } = await content.run(BY_NAME, variables)
      expect(data).toBeNull()
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    }
  })

  it('lets the gateway cache answers like other locality lookups', async () => {
    const { cacheControl } = await content.run(BY_NAME, { name: 'Thái Bình' })
    expect(cacheControl).toBe('max-age=300, public')
  })

  it('leaves the lookup by old code as it was', async () => {
    const { data } = await content.run(`{ locality(code: "34") { code } }`)
    expect(data!.locality).toEqual({ code: '33' })
  })
})
