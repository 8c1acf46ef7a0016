import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger } from '@caunoi/platform'
import { createDossierImporter } from '../src/import/importDossiers.ts'
import { DOSSIER_FOR_APPLICANT_SELECT } from '../src/domain/publicDossier.ts'
import {
  createDossiersForApplicantReader,
  type DossiersForApplicantReader,
} from '../src/domain/readDossiersForApplicant.ts'
import { ALL_UNITS, dossierRow, iso, unitId } from './factories.ts'

let cms: TestCms
let reader: DossiersForApplicantReader
let baDinh: string

// The cases the fast read must fold like Payload: steps stored out of date order, notes and
// nulls, no steps at all, no delivery, every optional date present.
const rows = () => [
  dossierRow(baDinh, {
    timeline: [
      { status: 'IN_REVIEW', at: iso('2026-11-04') },
      { status: 'RECEIVED', at: iso('2026-11-02') },
      { status: 'SUPPLEMENT_REQUESTED', at: iso('2026-11-03'), note: 'Bổ sung bản sao sổ hộ khẩu.' },
    ],
  }),
  dossierRow(baDinh, { timeline: [], result: null }),
  dossierRow(baDinh, {
    status: 'RESULT_READY',
    completedAt: iso('2026-11-06'),
    result: { delivery: 'COUNTER', place: 'Quầy số 3, Bộ phận một cửa', availableFrom: iso('2026-11-07') },
  }),
  dossierRow(baDinh, { result: { delivery: 'POST' } }),
  dossierRow(baDinh, { applicant: { name: 'Trần Văn Bình', phone: null, idNumber: '001092000111' } }),
]
let codes: string[]

beforeAll(async () => {
  cms = await createTestCms()
  baDinh = await unitId(cms.payload, 'Công an phường Ba Đình')
  const batch = rows()
  const summary = await createDossierImporter(cms.payload, createLogger('test-read')).importBatch(batch, ALL_UNITS)
  expect(summary.rejected).toEqual([])
  codes = batch.map((row) => String(row.code))
  reader = createDossiersForApplicantReader(cms.payload)
}, 120_000)

afterAll(async () => {
  reader?.close()
  await cms?.destroy()
})

async function readThroughPayload(code: string) {
  const { docs } = await cms.payload.find({
    collection: 'dossiers',
    where: { code: { equals: code } },
    select: DOSSIER_FOR_APPLICANT_SELECT,
    pagination: false,
    depth: 0,
  })
  return docs[0] ?? null
}

describe('reading dossiers for the public lookup', () => {
  it('returns exactly what Payload’s find returns, one code at a time', async () => {
    const { read } = reader
    for (const code of codes) {
      const [fast] = await read([code])
      expect(fast).toStrictEqual(await readThroughPayload(code))
    }
    const [mixed] = await read([codes[0]!])
    expect(mixed!.timeline!.map((step) => step.status)).toEqual(['IN_REVIEW', 'RECEIVED', 'SUPPLEMENT_REQUESTED'])
  })

  it('returns them in the order asked for when batched, with null for unknown codes', async () => {
    const { read } = reader
    const asked = ['HS-KHONG-TON-TAI', ...[...codes].reverse()]
    const fast = await read(asked)
    expect(fast[0]).toBeNull()
    expect(fast.slice(1)).toStrictEqual(await Promise.all([...codes].reverse().map(readThroughPayload)))
  })

  it('sees a status change at once: nothing is cached between reads', async () => {
    const { read } = reader
    const [code] = codes
    expect((await read([code!]))[0]!.status).toBe('IN_REVIEW')
    const importer = createDossierImporter(cms.payload, createLogger('test-read'))
    await importer.importBatch([{ ...rows()[0]!, code: code!, version: 2, status: 'APPROVED' }], ALL_UNITS)
    expect((await read([code!]))[0]!.status).toBe('APPROVED')
  })
})
