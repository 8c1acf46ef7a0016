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

const SEARCH = `query($q: String!, $localityCode: ID) {
  searchHelp(q: $q, localityCode: $localityCode) {
    kind title snippet score link
    procedure { code fees appliedLocality { code } }
    article { slug }
    handbookEntry { id question }
  }
}`
const search = async (q: string, localityCode?: string) => {
  const { data, errors } = await content.run(SEARCH, { q, localityCode })
  expect(errors).toBeUndefined()
  return data!.searchHelp as any[]
}

describe('searchHelp', () => {
  it('finds the ID card procedure first, with or without diacritics', async () => {
    for (const q of ['căn cước gắn chíp', 'can cuoc gan chip', 'CAN CUOC GAN CHIP']) {
      const [best] = await search(q)
      expect(best.title).toMatch(/căn cước/i)
    }
  })

  it('reads "dang ky tam tru" as "đăng ký tạm trú" and links the procedure for the locality', async () => {
    const hits = await search('dang ky tam tru', '00004')
    const procedure = hits.find((h) => h.kind === 'PROCEDURE')
    expect(procedure.title).toBe('Đăng ký tạm trú')
    expect(procedure.link).toBe('/thu-tuc/1.004222?diaBan=00004')
    expect(procedure.procedure.appliedLocality).toEqual({ code: '00004' })
    expect(hits.filter((h) => h.procedure?.code === '1.004222')).toHaveLength(1)
  })

  it('tolerates a one-letter typo', async () => {
    const [best] = await search('ho chieu pho thongg')
    expect(best.title).toMatch(/hộ chiếu/i)
    const typo = await search('can cuox')
    expect(typo[0].title).toMatch(/căn cước/i)
  })

  it('forgives a short misspelt syllable and a typo that makes another real word', async () => {
    // "ki" is no indexed syllable ("ký" folds to "ky").
    const spelling = await search('dang ki tam tru', '00004')
    expect(spelling.map((hit) => hit.title)).toContain('Đăng ký tạm trú')
    // "cuoi" is a real syllable ("cưới"), but no text says "can cuoi gan chip".
    const [realWord] = await search('can cuoi gan chip')
    expect(realWord.title).toMatch(/căn cước/i)
  })

  it('ranks and returns a snippet from the matching passage and a link for each kind', async () => {
    const hits = await search('lừa đảo giả danh công an')
    expect(hits.length).toBeGreaterThan(2)
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a))
    const handbook = hits.find((h) => h.kind === 'HANDBOOK')
    expect(handbook.link).toBe(`/cam-nang/${handbook.handbookEntry.id}`)
    expect(handbook.snippet).toMatch(/công an/i)
    const article = hits.find((h) => h.kind === 'ARTICLE')
    expect(article.link).toBe(`/tin-tuc/${article.article.slug}`)
  })

  it('shows local entries only in their locality', async () => {
    const inCaoBang = await search('mien le phi tam tru', '04')
    expect(inCaoBang.some((h) => h.title === 'Ở Cao Bằng đăng ký tạm trú có được miễn lệ phí không?')).toBe(true)
    const inHanoi = await search('mien le phi tam tru', '01')
    expect(inHanoi.some((h) => h.title === 'Ở Cao Bằng đăng ký tạm trú có được miễn lệ phí không?')).toBe(false)
  })

  it('never returns a draft, and finds a newly published entry on the next search', async () => {
    const draftTitles = (await search('tong ket cong tac nam 2026')).map((h) => h.title)
    expect(draftTitles).not.toContain('Bản nháp: tổng kết công tác năm 2026')

    const entry = await cms.payload.create({
      collection: 'handbookEntries',
      draft: true,
      data: { question: 'Xin giấy xác nhận nhân thân ở đâu?', answer: 'Tại Công an cấp xã.', _status: 'draft' },
    })
    expect((await search('giay xac nhan nhan than')).map((h) => h.title)).not.toContain(entry.question)
    await cms.payload.update({ collection: 'handbookEntries', id: entry.id, data: { _status: 'published' } })
    expect((await search('giay xac nhan nhan than'))[0].title).toBe(entry.question)
    await cms.payload.delete({ collection: 'handbookEntries', id: entry.id })
    expect((await search('giay xac nhan nhan than')).map((h) => h.title)).not.toContain(entry.question)
  })

  it('answers an empty question or an unknown locality with BAD_USER_INPUT', async () => {
    expect((await content.run(SEARCH, { q: '  ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect((await content.run(SEARCH, { q: 'tam tru', localityCode: '99999' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    )
  })
})

describe('verifyChannel', () => {
  const VERIFY = `query($url: String!) { verifyChannel(url: $url) { official advice channelKind verifiedAt unit { name } } }`
  const verify = async (url: string) => (await content.run(VERIFY, { url })).data?.verifyChannel

  it('recognises a verified Zalo OA, a mini app, a web domain and its subdomains', async () => {
    expect(await verify('https://zalo.me/2795818498537475520')).toMatchObject({
      official: true,
      channelKind: 'ZALO_OA',
      unit: { name: 'Công an thành phố Hà Nội' },
    })
    expect((await verify('https://zalo.me/s/3141592653589793238/')).unit.name).toBe('Công an phường Ba Đình')
    expect((await verify('congan.hungyen.gov.vn')).unit.name).toBe('Công an tỉnh Hưng Yên')
    expect((await verify('https://dichvucong.bocongan.gov.vn/thu-tuc')).unit.name).toBe('Bộ Công an')
  })

  it('does not trust look-alike domains or unknown accounts, and advises calling the hotline', async () => {
    for (const url of ['https://bocongan.gov.vn.xac-minh.com', 'https://zalo.me/9999999999', 'congan-hanoi.vn']) {
      const result = await verify(url)
      expect(result).toMatchObject({ official: false, unit: null })
      expect(result.advice).toMatch(/113/)
    }
  })

  it('recognises a hotline number however it is written', async () => {
    expect(await verify('+84 243 942 4227')).toMatchObject({
      official: true,
      channelKind: 'PHONE',
      unit: { name: 'Công an thành phố Hà Nội' },
    })
  })

  it('answers unreadable input with BAD_USER_INPUT', async () => {
    const { errors } = await content.run(VERIFY, { url: 'không phải đường dẫn' })
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})

describe('patrol schedules and handbook', () => {
  const PATROLS = `query($code: ID!, $from: DateTime!, $to: DateTime!) {
    patrolSchedules(localityCode: $code, from: $from, to: $to) { area shifts { label from to } unit { name } }
  }`

  it('lists published schedules overlapping the dates, the province’s ones in a ward too', async () => {
    const week = { from: '2026-12-21T00:00:00Z', to: '2026-12-27T00:00:00Z' }
    const hanoi = (await content.run(PATROLS, { code: '01', ...week })).data!.patrolSchedules
    expect(hanoi.map((p: any) => p.area).sort()).toEqual([
      'Phố cổ Hoàn Kiếm',
      'Vành đai 3 trên cao và Đại lộ Thăng Long',
    ])
    const ward = (await content.run(PATROLS, { code: '00070', ...week })).data!.patrolSchedules
    expect(ward).toHaveLength(2)
    const early = (
      await content.run(PATROLS, { code: '00070', from: '2026-12-01T00:00:00Z', to: '2026-12-10T00:00:00Z' })
    ).data!.patrolSchedules
    expect(early.map((p: any) => p.area)).toEqual(['Vành đai 3 trên cao và Đại lộ Thăng Long'])
    const thaiBinh = (await content.run(PATROLS, { code: '34', ...week })).data!.patrolSchedules
    expect(thaiBinh[0].unit.name).toBe('Phòng Cảnh sát giao thông - Công an tỉnh Hưng Yên')
  })

  it('never lists an unpublished plan', async () => {
    const { data } = await content.run(PATROLS, {
      code: '01',
      from: '2027-01-25T00:00:00Z',
      to: '2027-02-01T00:00:00Z',
    })
    expect(data!.patrolSchedules).toEqual([])
  })

  it('rejects a reversed date range', async () => {
    const { errors } = await content.run(PATROLS, {
      code: '01',
      from: '2026-12-10T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
    })
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('gives a locality its own handbook entries and the national ones, filtered by tag', async () => {
    const HANDBOOK = `query($code: ID, $tag: String) { handbook(localityCode: $code, tag: $tag) { question tags locality { code } } }`
    const hy = (await content.run(HANDBOOK, { code: '33', tag: 'sáp nhập' })).data!.handbook
    expect(hy.map((e: any) => e.question)).toEqual(
      expect.arrayContaining(['Người dân tỉnh Thái Bình cũ làm thủ tục ở đâu sau khi sáp nhập?']),
    )
    expect(hy.every((e: any) => e.tags.includes('sáp nhập'))).toBe(true)
    const national = (await content.run(HANDBOOK, { tag: 'sáp nhập' })).data!.handbook
    expect(national.every((e: any) => e.locality === null)).toBe(true)
    const all = (await content.run(HANDBOOK, {})).data!.handbook
    expect(all.length).toBeGreaterThanOrEqual(25)
  })
})

describe('units and articles', () => {
  it('lists a commune unit’s hotlines then those inherited from the units above it', async () => {
    const { data } = await content.run(
      `{ locality(code: "00004") { units { name hotlines(inherited: true) { number unit { name } } } } }`,
    )
    const badinh = data!.locality.units.find((u: any) => u.name === 'Công an phường Ba Đình')
    const owners = badinh.hotlines.map((h: any) => h.unit.name)
    expect(owners[0]).toBe('Công an phường Ba Đình')
    expect(owners).toContain('Công an thành phố Hà Nội')
    expect(owners[owners.length - 1]).toBe('Bộ Công an')
  })

  it('serves a scam warning with its chart data and counts views and shares', async () => {
    const { data } = await content.run(
      `{ articles(category: SCAM_WARNING, localityCode: "01") { edges { node { slug tags charts { title kind series { name points { label value } } } } } } }`,
    )
    const withChart = data!.articles.edges.map((e: any) => e.node).find((a: any) => a.charts.length > 0)
    expect(withChart.charts[0].series[0].points.length).toBeGreaterThan(3)
    expect(withChart.tags).toContain('lừa đảo')
    const view = `mutation($slug: String!) { recordArticleView(slug: $slug) { viewCount shareCount } }`
    await Promise.all(Array.from({ length: 20 }, () => content.run(view, { slug: withChart.slug })))
    const share = await content.run(
      `mutation($slug: String!) { recordArticleShare(slug: $slug) { viewCount shareCount } }`,
      {
        slug: withChart.slug,
      },
    )
    expect(share.data!.recordArticleShare).toEqual({ viewCount: 20, shareCount: 1 })
  })

  it('filters articles by tag', async () => {
    const { data } = await content.run(`{ articles(tag: "sáp nhập") { totalCount edges { node { tags } } } }`)
    expect(data!.articles.totalCount).toBeGreaterThan(0)
    expect(data!.articles.edges.every((e: any) => e.node.tags.includes('sáp nhập'))).toBe(true)
  })

  it('does not count views of a draft', async () => {
    const { errors } = await content.run(
      `mutation { recordArticleView(slug: "ban-nhap-tong-ket-cong-tac-nam-2026") { viewCount } }`,
    )
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})
