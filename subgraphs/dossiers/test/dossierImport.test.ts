import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generatePartnerApiKey } from '@caunoi/cms'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger, type RunningServer } from '@caunoi/platform'
import { abandonRaw, rawRequestBytes, sendRaw } from '@caunoi/platform/testing'
import { readDossierFile, CSV_COLUMNS } from '../src/import/readDossierFile.ts'
import { importCommand } from '../src/import/importCommand.ts'
import { importRows } from '../src/import/importRows.ts'
import { startDossiersSubgraph } from '../src/server.ts'
import { ALL_UNITS, dossierRow, iso, nextCode, storedDossier, unitId } from './factories.ts'
import { dossiersExecutor, type DossiersExecutor } from './executeDossiers.ts'

let cms: TestCms
let dossiers: DossiersExecutor
let baDinh: string
let hoanKiem: string

const count = async () => (await cms.payload.count({ collection: 'dossiers' })).totalDocs

beforeAll(async () => {
  cms = await createTestCms()
  dossiers = await dossiersExecutor(cms.payload)
  baDinh = await unitId(cms.payload, 'Công an phường Ba Đình')
  hoanKiem = await unitId(cms.payload, 'Công an phường Hoàn Kiếm')
}, 120_000)

afterAll(async () => {
  await dossiers?.stop()
  await cms?.destroy()
})

describe('importing dossiers', () => {
  it('creates new dossiers with their unit’s locality and province', async () => {
    const row = dossierRow(baDinh)
    expect(await dossiers.importer.importBatch([row], ALL_UNITS)).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      stale: 0,
      rejected: [],
    })
    expect(await storedDossier(cms.payload, row.code as string)).toMatchObject({
      version: 1,
      status: 'IN_REVIEW',
      localityCode: '00004',
      provinceCode: '01',
      open: true,
    })
  })

  it('changes nothing when the same code and version arrive again', async () => {
    const row = dossierRow(baDinh)
    await dossiers.importer.importBatch([row], ALL_UNITS)
    const before = await storedDossier(cms.payload, row.code as string)
    const total = await count()
    const again = await dossiers.importer.importBatch([row, { ...row, status: 'APPROVED' }], ALL_UNITS)
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: [] })
    expect(await count()).toBe(total)
    const after = await storedDossier(cms.payload, row.code as string)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(after.status).toBe('IN_REVIEW')
  })

  it('applies a newer version, and never lets an older one that arrives late overwrite it', async () => {
    const code = nextCode()
    const v3 = dossierRow(baDinh, {
      code,
      version: 3,
      status: 'RESULT_READY',
      completedAt: iso('2026-11-04'),
      timeline: [
        { status: 'RECEIVED', at: iso('2026-11-02') },
        { status: 'RESULT_READY', at: iso('2026-11-04') },
      ],
    })
    const v2 = dossierRow(baDinh, { code, version: 2, status: 'SUPPLEMENT_REQUESTED' })
    expect(await dossiers.importer.importBatch([dossierRow(baDinh, { code, version: 1 })], ALL_UNITS)).toMatchObject({
      created: 1,
    })
    expect(await dossiers.importer.importBatch([v3], ALL_UNITS)).toMatchObject({ updated: 1 })
    expect(await dossiers.importer.importBatch([v2], ALL_UNITS)).toMatchObject({ updated: 0, stale: 1 })
    expect(await storedDossier(cms.payload, code)).toMatchObject({ version: 3, status: 'RESULT_READY', open: false })
  })

  it('stops accepting a phone number as verifier once a newer version drops it', async () => {
    const code = nextCode()
    await dossiers.importer.importBatch([dossierRow(baDinh, { code })], ALL_UNITS)
    const withPhone = await storedDossier(cms.payload, code)
    await dossiers.importer.importBatch(
      [dossierRow(baDinh, { code, version: 2, applicant: { idNumber: '001192012345' } })],
      ALL_UNITS,
    )
    const withoutPhone = await storedDossier(cms.payload, code)
    expect(withPhone.applicantPhoneHash).toMatch(/^[0-9a-f]{64}$/)
    expect(withoutPhone.applicantPhoneHash).toBeNull()
    expect(withoutPhone.applicantIdHash).toBe(withPhone.applicantIdHash)
  })

  it('keeps the newest version when one batch holds several versions of a code, in any order', async () => {
    const code = nextCode()
    const summary = await dossiers.importer.importBatch(
      [
        dossierRow(baDinh, { code, version: 2, status: 'IN_REVIEW' }),
        dossierRow(baDinh, { code, version: 5, status: 'APPROVED' }),
        dossierRow(baDinh, { code, version: 1, status: 'RECEIVED' }),
      ],
      ALL_UNITS,
    )
    expect(summary).toMatchObject({ created: 1, stale: 2, rejected: [] })
    expect(await storedDossier(cms.payload, code)).toMatchObject({ version: 5, status: 'APPROVED' })
  })

  it('rejects bad rows with a reason for each problem and keeps the good rows', async () => {
    const good = dossierRow(baDinh)
    const total = await count()
    const summary = await dossiers.importer.importBatch(
      [
        dossierRow(baDinh, { code: '' }),
        good,
        dossierRow(baDinh, { status: 'DONE', dueAt: 'next week', applicant: { name: 'Ẩn danh' } }),
        dossierRow('999999'),
        dossierRow(baDinh, { version: -1, applicant: { phone: '12345' } }),
        dossierRow(baDinh, { status: 'REFUSED', timeline: [{ status: 'REFUSED', at: 'hôm qua' }] }),
      ],
      ALL_UNITS,
    )
    expect(summary.created).toBe(1)
    expect(await count()).toBe(total + 1)
    const reasons = Object.fromEntries(
      summary.rejected.map((r) => [r.index, Object.fromEntries(r.problems.map((p) => [p.field, p.message]))]),
    )
    expect(Object.keys(reasons)).toEqual(['0', '2', '3', '4', '5'])
    expect(reasons[0]).toHaveProperty('code')
    expect(reasons[2]).toMatchObject({
      status: expect.stringMatching(/Trạng thái không hợp lệ/),
      dueAt: expect.stringMatching(/ISO 8601/),
      applicant: expect.stringMatching(/số điện thoại hoặc số định danh/),
    })
    expect(reasons[3]).toEqual({ unitId: 'Không tìm thấy đơn vị tiếp nhận.' })
    expect(reasons[4]).toMatchObject({ version: expect.any(String), 'applicant.phone': 'Số điện thoại không hợp lệ.' })
    expect(reasons[5]).toMatchObject({ completedAt: expect.any(String), 'timeline.0.at': expect.any(String) })
  })

  it('rejects a row whose dates no database can store, naming each date', async () => {
    const total = await count()
    const summary = await dossiers.importer.importBatch(
      [
        dossierRow(baDinh, {
          submittedAt: '0000-06-13T20:23:25.135Z',
          dueAt: '+275760-09-13T00:00:00.000Z',
          timeline: [{ status: 'RECEIVED', at: '-193059-02-12T14:24:26.884Z' }],
        }),
      ],
      ALL_UNITS,
    )
    expect(summary.created).toBe(0)
    expect(await count()).toBe(total)
    const outOfRange = 'Thời điểm không hợp lệ: chỉ nhận các năm từ 1000 đến 9999 (ví dụ: 2026-12-03T08:30:00+07:00).'
    expect(summary.rejected.map((r) => r.index)).toEqual([0])
    expect(summary.rejected[0]!.problems).toEqual(
      expect.arrayContaining([
        { field: 'submittedAt', message: outOfRange },
        { field: 'dueAt', message: outOfRange },
        { field: 'timeline.0.at', message: outOfRange },
      ]),
    )
  })

  it('imports a CSV export with progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-csv-'))
    try {
      const code = nextCode('CSV')
      const timeline = JSON.stringify([{ status: 'RECEIVED', at: iso('2026-11-02') }]).replace(/"/g, '""')
      const line = [code, '1', '1.004194', hoanKiem, 'Hà Văn Nam', '0903 111 222', '', 'RECEIVED']
        .concat([iso('2026-11-02'), iso('2026-11-09'), '', `"${timeline}"`, 'POST', '', ''])
        .join(',')
      const file = join(dir, 'export.csv')
      writeFileSync(file, `${CSV_COLUMNS.join(',')}\n${line}\n${code}-BAD,1,1.004194,${hoanKiem},,,,RECEIVED,,,,,,,\n`)
      const rows = await readDossierFile(file)
      const progress: string[] = []
      const summary = await importRows(dossiers.importer, rows, ALL_UNITS, { write: (s) => progress.push(s) })
      expect(summary.created).toBe(1)
      expect(summary.rejected).toHaveLength(1)
      expect(summary.rejected[0]).toMatchObject({ index: 1 })
      expect(progress.join('')).toMatch(/dossiers: 2\/2 \(100%\)/)
      expect(await storedDossier(cms.payload, code)).toMatchObject({
        procedureCode: '1.004194',
        localityCode: '00070',
        timeline: [expect.objectContaining({ status: 'RECEIVED' })],
        result: expect.objectContaining({ delivery: 'POST' }),
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the import command', () => {
  it('imports a JSON file, lists rejected rows and exits 2 when some were rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'))
    try {
      const good = dossierRow(hoanKiem)
      writeFileSync(
        join(dir, 'export.json'),
        JSON.stringify({ dossiers: [good, dossierRow(hoanKiem, { status: 'DONE' })] }),
      )
      const lines: string[] = []
      const print = (line: string) => lines.push(line)
      const code = await importCommand(cms.payload, join(dir, 'export.json'), { out: print, err: print })
      const output = lines.join('\n')
      expect(output).toMatch(/1 created, 0 updated, 0 unchanged, 0 older than stored, 1 rejected/)
      expect(output).toMatch(/row 2 .*status: Trạng thái không hợp lệ/)
      expect(code).toBe(2)
      const stored = await cms.payload.count({
        collection: 'dossiers',
        where: { code: { equals: good.code as string }, localityCode: { equals: '00070' } },
      })
      expect(stored.totalDocs).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('the partner systems’ import endpoint', () => {
  let running: RunningServer
  let apiKey: string

  beforeAll(async () => {
    running = await startDossiersSubgraph({ payload: cms.payload, logger: createLogger('test-import-http'), port: 0 })
    apiKey = generatePartnerApiKey()
    await cms.payload.create({
      collection: 'partnerSystems',
      data: { name: 'Một cửa phường Ba Đình', units: [Number(baDinh)], apiKey },
    })
  })
  afterAll(async () => {
    await running?.stop()
  })

  const post = (body: unknown, key: string | null = apiKey) =>
    fetch(running.url.replace(/\/graphql$/, '/import/dossiers'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('stores only the hash of a partner’s key', async () => {
    const { docs } = await cms.payload.find({ collection: 'partnerSystems', depth: 0 })
    expect(JSON.stringify(docs)).not.toContain(apiKey)
    expect(docs[0]).toMatchObject({ apiKeyHint: `…${apiKey.slice(-4)}`, apiKey: null })
  })

  it('refuses a request without a valid key, and stores nothing', async () => {
    const total = await count()
    for (const key of [null, 'cnk_wrong-key-0123456789012345678901234567']) {
      const response = await post({ dossiers: [dossierRow(baDinh)] }, key)
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Khóa API của hệ thống đối tác không hợp lệ.' },
      })
    }
    expect(await count()).toBe(total)
  })

  it('imports its own units’ dossiers and rejects other units’ rows', async () => {
    const mine = dossierRow(baDinh)
    const response = await post({ dossiers: [mine, dossierRow(hoanKiem)] })
    expect(response.status).toBe(200)
    const summary = await response.json()
    expect(summary).toMatchObject({ created: 1, rejected: [{ index: 1, problems: [{ field: 'unitId' }] }] })
    expect(summary.rejected[0].problems[0].message).toMatch(/không thuộc phạm vi/)
    const stored = await storedDossier(cms.payload, mine.code as string)
    expect(stored.partnerSystem).toEqual(expect.any(Number))
  })

  it('answers malformed bodies with a coded 400', async () => {
    const notJson = await post('{ "dossiers": [')
    expect(notJson.status).toBe(400)
    expect((await notJson.json()).error.code).toBe('BAD_USER_INPUT')
    const noList = await post({ rows: [] })
    expect(noList.status).toBe(400)
  })

  /** A batch as exact bytes, announcing `contentLength` whatever is sent. */
  const rawBatch = (body: string, contentLength?: number) =>
    rawRequestBytes({
      path: '/import/dossiers',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body,
      contentLength,
    })

  it('refuses a batch shorter than its Content-Length with a JSON 400, imports nothing, and keeps serving', async () => {
    const total = await count()
    const batch = JSON.stringify({ dossiers: [dossierRow(baDinh)] })
    const answer = await sendRaw(running.url, rawBatch(batch.slice(0, batch.length / 2), batch.length), {
      thenEnd: true,
    })
    expect(answer.status).toBe(400)
    expect(answer.headers).toContain('content-type: application/json')
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST')
    expect(await count()).toBe(total)
    expect((await post({ dossiers: [dossierRow(baDinh)] })).status).toBe(200)
    expect(await count()).toBe(total + 1)
  })

  it('imports nothing when the partner goes away mid-batch, and keeps serving', async () => {
    const total = await count()
    const batch = JSON.stringify({ dossiers: [dossierRow(baDinh)] })
    await abandonRaw(running.url, rawBatch(batch.slice(0, batch.length / 2), batch.length))
    expect(await count()).toBe(total)
    expect((await post({ dossiers: [dossierRow(baDinh)] })).status).toBe(200)
    expect(await count()).toBe(total + 1)
  })

  it('exits 1 with the reason when the file cannot be read, importing nothing', async () => {
    const lines: string[] = []
    const before = await count()
    const code = await importCommand(cms.payload, join(tmpdir(), 'no-such-export.json'), {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    })
    expect(code).toBe(1)
    expect(lines.join('\n')).toMatch(/^Import failed: /)
    expect(await count()).toBe(before)
  })
})
