import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { resolveSuccessor } from '../src/domain/resolveSuccessor.ts'
import { DEMO_PROVINCE_CODES } from '../src/seed/data/localities.ts'
import { seedDemoData } from '../src/seed/index.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'

let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms()
}, 60_000)

afterAll(async () => {
  await cms?.destroy()
})

const counts = async () => {
  const collections = [
    'localities',
    'units',
    'hotlines',
    'procedures',
    'procedureOverrides',
    'articles',
    'users',
    'dossiers',
    'ratings',
  ] as const
  return Object.fromEntries(
    await Promise.all(collections.map(async (c) => [c, (await cms.payload.count({ collection: c })).totalDocs])),
  )
}

describe('demo seed', () => {
  it('seeds three provinces with all their communes, units, procedures, hotlines and articles', async () => {
    const seeded = await counts()
    expect(seeded.localities).toBeGreaterThan(1000)
    expect(seeded.procedures).toBeGreaterThanOrEqual(6)
    expect(seeded.units).toBeGreaterThanOrEqual(8)
    expect(seeded.hotlines).toBeGreaterThan(0)
    expect(seeded.articles).toBeGreaterThan(0)
    expect(seeded.users).toBe(6)
    expect(seeded.dossiers).toBe(5)
    expect(seeded.ratings).toBe(4)
  })

  it('seeds nothing twice when run again', async () => {
    const before = await counts()
    await seedDemoData(cms.payload, { quiet: true, localityProvinces: DEMO_PROVINCE_CODES })
    expect(await counts()).toEqual(before)
  })
})

describe('localities', () => {
  it('resolves the old Thái Bình code to Hưng Yên', async () => {
    expect((await resolveSuccessor(cms.payload, '34'))?.code).toBe('33')
    expect((await resolveSuccessor(cms.payload, '33'))?.code).toBe('33')
    expect((await resolveSuccessor(cms.payload, '77'))?.code).toBe('79')
    expect(await resolveSuccessor(cms.payload, '03')).toBeNull()
  })

  it('keeps the parent’s and the province’s code on a commune', async () => {
    const { docs } = await cms.payload.find({ collection: 'localities', where: { code: { equals: '00004' } } })
    expect(docs[0]).toMatchObject({
      name: 'Phường Ba Đình',
      level: 'WARD',
      parentCode: '01',
      provinceCode: '01',
      searchName: 'phuong ba dinh',
    })
  })

  it('rejects a malformed code and saves nothing', async () => {
    const before = (await cms.payload.count({ collection: 'localities' })).totalDocs
    await expect(
      cms.payload.create({ collection: 'localities', data: { code: 'HN', name: 'Sai mã', level: 'PROVINCE' } }),
    ).rejects.toThrow(/Mã/)
    expect((await cms.payload.count({ collection: 'localities' })).totalDocs).toBe(before)
  })
})

describe('content rules', () => {
  it('derives a plain slug from a Vietnamese title', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      data: { title: 'Đường dây nóng: cảnh báo lừa đảo!', category: 'SCAM_WARNING', _status: 'published' },
    })
    expect(article.slug).toBe('duong-day-nong-canh-bao-lua-dao')
    expect(article.publishedAt).toBeTruthy()
  })

  it('normalises a hotline number and rejects one that is not a phone number', async () => {
    const [hanoi] = (await cms.payload.find({ collection: 'localities', where: { code: { equals: '01' } } })).docs
    const hotline = await cms.payload.create({
      collection: 'hotlines',
      data: { name: 'Thử nghiệm', number: '024 3942.4227', locality: hanoi!.id },
    })
    expect(hotline.number).toBe('02439424227')
    await expect(
      cms.payload.create({ collection: 'hotlines', data: { name: 'Sai số', number: 'gọi tôi', locality: hanoi!.id } }),
    ).rejects.toThrow()
  })

  it('marks a procedure without a locality scope as national', async () => {
    const { docs } = await cms.payload.find({
      collection: 'procedures',
      where: { code: { in: ['1.004194', '1.012261'] } },
      sort: 'code',
    })
    expect(docs.map((p) => [p.code, p.national])).toEqual([
      ['1.004194', true],
      ['1.012261', false],
    ])
  })
})

describe('access control', () => {
  it('does not let the public read reports, drafts or users, nor change localities', async () => {
    const asPublic = { overrideAccess: false } as const
    await expect(cms.payload.find({ collection: 'reports', ...asPublic })).rejects.toThrow()
    await expect(cms.payload.find({ collection: 'users', ...asPublic })).rejects.toThrow()
    await expect(
      cms.payload.create({
        collection: 'localities',
        data: { code: '99', name: 'Giả', level: 'PROVINCE' },
        ...asPublic,
      }),
    ).rejects.toThrow()
    const articles = await cms.payload.find({ collection: 'articles', ...asPublic, draft: true })
    expect(articles.docs.every((a) => a._status === 'published')).toBe(true)
  })

  it('hides reporter identity from editors but shows it to officers of the handling unit', async () => {
    const [hanoi] = (await cms.payload.find({ collection: 'localities', where: { code: { equals: '01' } } })).docs
    const [unit] = (
      await cms.payload.find({ collection: 'units', where: { name: { equals: 'Công an thành phố Hà Nội' } } })
    ).docs
    await cms.payload.create({
      collection: 'reports',
      data: {
        trackingCode: 'PA-TEST0-00001',
        type: 'ADMIN_FEEDBACK',
        status: 'RECEIVED',
        locality: hanoi!.id,
        localityCode: '01',
        provinceCode: '01',
        content: 'Nội dung thử',
        unit: unit!.id,
        reporter: { name: 'Lê Văn Cường', phone: '0912345678' },
      },
    })
    const officer = await cms.payload.create({
      collection: 'users',
      data: { email: 'canbo@caunoi.local', password: 'Canbo@2026', name: 'Cán bộ', role: 'officer', unit: unit!.id },
    })
    const editor = await cms.payload.create({
      collection: 'users',
      data: {
        email: 'bientap@caunoi.local',
        password: 'Bientap@2026',
        name: 'Biên tập',
        role: 'provincial-editor',
        locality: hanoi!.id,
      },
    })
    const seenByOfficer = await cms.payload.find({
      collection: 'reports',
      overrideAccess: false,
      user: { ...officer, collection: 'users' },
    })
    expect(seenByOfficer.docs[0]?.reporter?.name).toBe('Lê Văn Cường')
    await expect(
      cms.payload.find({ collection: 'reports', overrideAccess: false, user: { ...editor, collection: 'users' } }),
    ).rejects.toThrow()
  })
})
