import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { decryptPersonalData, encryptPersonalData, reportsEncryptionKeys, type User } from '@caunoi/cms'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { advanceReport, anonymousTip, officerOf, REPORTER, reportInput, storedReport } from './factories.ts'

let cms: TestCms
let reports: ReportsExecutor
const unitIds = new Map<string, number>()
let baDinhOfficer: User
let hanoiOfficer: User
let hoanKiemOfficer: User

const IDENTITY = { name: 'Phạm Thị Hoa', phone: '0987 654 321', idNumber: '001199012345', email: 'hoa.pham@example.vn' }

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload)
  const { docs } = await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })
  for (const unit of docs) unitIds.set(unit.name, unit.id)
  baDinhOfficer = await officerOf(cms.payload, unitIds.get('Công an phường Ba Đình')!)
  hanoiOfficer = await officerOf(cms.payload, unitIds.get('Công an thành phố Hà Nội')!)
  hoanKiemOfficer = await officerOf(cms.payload, unitIds.get('Công an phường Hoàn Kiếm')!)
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

async function submitted(input = reportInput('ADMIN_FEEDBACK', { reporter: IDENTITY })) {
  const { data, errors } = await reports.submit(input)
  expect(errors).toBeUndefined()
  return storedReport(cms.payload, data!.submitReport.trackingCode)
}

/** The row as the database holds it: the adapter's read, below Payload's hooks. */
async function rawRow(id: number) {
  const row = await cms.payload.db.findOne({ collection: 'reports', where: { id: { equals: id } } })
  return row as unknown as { reporter?: Record<string, string | null>; place?: string | null }
}

const viewsOf = async (reportId: number) =>
  (await cms.payload.find({ collection: 'personalDataAccessLog', where: { report: { equals: reportId } } })).docs

const asUser = (user: User, id: number) =>
  cms.payload.findByID({ collection: 'reports', id, user, overrideAccess: false, depth: 0 })

describe('reporter data at rest', () => {
  it('stores name, phone, ID number and email encrypted, never in plain text', async () => {
    const report = await submitted()
    const raw = await rawRow(report.id)
    const stored = JSON.stringify(raw)
    for (const value of ['Phạm Thị Hoa', '0987654321', '001199012345', 'hoa.pham@example.vn']) {
      expect(stored).not.toContain(value)
    }
    for (const field of ['name', 'phone', 'idNumber', 'email']) expect(raw.reporter![field]).toMatch(/^pd1:/)
    // The services (no user) still read the plain values through the Local API.
    expect(report.reporter).toMatchObject({ name: 'Phạm Thị Hoa', phone: '0987654321', email: 'hoa.pham@example.vn' })
  })

  it('encrypts the place of a crime tip, but not of other reports', async () => {
    const tip = await submitted(anonymousTip({ place: 'Số 12 ngõ 34 Đội Cấn' }))
    expect((await rawRow(tip.id)).place).toMatch(/^pd1:/)
    expect(tip.place).toBe('Số 12 ngõ 34 Đội Cấn')
    const feedback = await submitted(reportInput('PUBLIC_ORDER', { place: 'Công viên Thủ Lệ' }))
    expect((await rawRow(feedback.id)).place).toBe('Công viên Thủ Lệ')
  })

  it('still reads reporter data stored in the earlier "enc:v1:" format, and keeps it through updates', async () => {
    const report = await submitted()
    // A value exactly as reports stored it before they used the shared personal-data helper.
    const key = Buffer.from(hkdfSync('sha256', cms.payload.config.secret, 'caunoi/field-encryption', 'reports/v1', 32))
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv)
    const data = Buffer.concat([cipher.update('Lý Văn Cũ', 'utf8'), cipher.final()])
    const legacy = `enc:v1:${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${data.toString('base64')}`
    await cms.payload.db.updateOne({
      collection: 'reports',
      id: report.id,
      data: { reporter: { ...(await rawRow(report.id)).reporter, name: legacy } },
    })
    expect((await rawRow(report.id)).reporter!.name).toBe(legacy)

    expect((await storedReport(cms.payload, report.trackingCode)).reporter!.name).toBe('Lý Văn Cũ')
    expect((await asUser(baDinhOfficer, report.id)).reporter).toMatchObject({ name: 'Lý Văn Cũ', phone: '0987654321' })
    await advanceReport(cms.payload, report.trackingCode, 'ACCEPTED')
    expect((await storedReport(cms.payload, report.trackingCode)).reporter!.name).toBe('Lý Văn Cũ')
  })

  it('keeps the data encrypted through every workflow update', async () => {
    const report = await submitted()
    await advanceReport(cms.payload, report.trackingCode, 'CLOSED')
    expect(JSON.stringify(await rawRow(report.id))).not.toContain('Phạm Thị Hoa')
    expect((await rawRow(report.id)).reporter!.name).toMatch(/^pd1:/)
  })
})

describe('who sees a reporter’s identity', () => {
  it('shows it to an officer of the handling unit and logs each view', async () => {
    const report = await submitted()
    expect(await viewsOf(report.id)).toHaveLength(0)
    expect((await asUser(baDinhOfficer, report.id)).reporter).toMatchObject({ name: 'Phạm Thị Hoa' })
    await asUser(baDinhOfficer, report.id)
    const views = await viewsOf(report.id)
    expect(views).toHaveLength(2)
    expect(views[0]).toMatchObject({
      trackingCode: report.trackingCode,
      user: expect.objectContaining({ id: baDinhOfficer.id }),
    })
  })

  it('hides it from the parent unit and from super-admins, who still see the report, and logs nothing', async () => {
    const report = await submitted()
    const seenByProvince = await asUser(hanoiOfficer, report.id)
    expect(seenByProvince.trackingCode).toBe(report.trackingCode)
    expect(seenByProvince.reporter).toBeUndefined()
    const admin = (await cms.payload.find({ collection: 'users', where: { role: { equals: 'super-admin' } } })).docs[0]!
    expect((await asUser(admin, report.id)).reporter).toBeUndefined()
    expect(await viewsOf(report.id)).toHaveLength(0)
  })

  it('keeps another unit’s officer out of the report altogether', async () => {
    const report = await submitted()
    await expect(asUser(hoanKiemOfficer, report.id)).rejects.toMatchObject({ name: 'NotFound' })
  })

  it('hides the place of a tip from the parent unit, but not the place of other reports', async () => {
    const tip = await submitted(anonymousTip({ place: 'Số 12 ngõ 34 Đội Cấn' }))
    expect((await asUser(hanoiOfficer, tip.id)).place).toBeUndefined()
    expect((await asUser(baDinhOfficer, tip.id)).place).toBe('Số 12 ngõ 34 Đội Cấn')
    const other = await submitted(reportInput('PUBLIC_ORDER', { place: 'Công viên Thủ Lệ', reporter: { ...REPORTER } }))
    expect((await asUser(hanoiOfficer, other.id)).place).toBe('Công viên Thủ Lệ')
  })
})

describe('the reports’ encryption key', () => {
  it('takes a 32-byte key from REPORTS_ENCRYPTION_KEY, in hex or base64', () => {
    const key = randomBytes(32)
    expect(
      reportsEncryptionKeys('s', { REPORTS_ENCRYPTION_KEY: key.toString('hex') } as unknown as NodeJS.ProcessEnv),
    ).toEqual({ encryption: key })
    expect(
      reportsEncryptionKeys('s', { REPORTS_ENCRYPTION_KEY: key.toString('base64') } as unknown as NodeJS.ProcessEnv),
    ).toEqual({ encryption: key })
    expect(() =>
      reportsEncryptionKeys('s', { REPORTS_ENCRYPTION_KEY: 'abcd' } as unknown as NodeJS.ProcessEnv),
    ).toThrow(/REPORTS_ENCRYPTION_KEY: must be 32 bytes/)
  })

  it('requires the key in production and derives one from the secret elsewhere', () => {
    expect(() => reportsEncryptionKeys('s', { NODE_ENV: 'production' } as unknown as NodeJS.ProcessEnv)).toThrow(
      /REPORTS_ENCRYPTION_KEY: missing/,
    )
    const derived = reportsEncryptionKeys('secret-a', {} as unknown as NodeJS.ProcessEnv)
    expect(derived.encryption).toHaveLength(32)
    expect(derived).not.toEqual(reportsEncryptionKeys('secret-b', {} as unknown as NodeJS.ProcessEnv))
  })

  it('uses a fresh IV per value and refuses a tampered or wrongly keyed value', () => {
    const key = { encryption: randomBytes(32) }
    const a = encryptPersonalData(key, 'Phạm Thị Hoa')
    expect(a).not.toBe(encryptPersonalData(key, 'Phạm Thị Hoa'))
    expect(decryptPersonalData(key, a)).toBe('Phạm Thị Hoa')
    const tampered = a.slice(0, -4) + (a.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    expect(() => decryptPersonalData(key, tampered)).toThrow()
    expect(() => decryptPersonalData({ encryption: randomBytes(32) }, a)).toThrow()
  })
})
