import fc from 'fast-check'
import { sometimesBrokenOff } from './framing.ts'
import { bytes, type FuzzRequest } from '../fuzzRequest.ts'
import { brokenJson, oddJson, oddText, pickWeighted } from './values.ts'

/** Filled in by the run: the partner key the stack registered, so most batches get past the door. */
export const PARTNER_KEY_PLACEHOLDER = '{{partnerApiKey}}'

const STATUSES = ['RECEIVED', 'IN_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED', 'RESULT_READY', 'RETURNED', 'REJECTED']

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString())

const maybeOdd = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: oddJson() })

/** A dossier row as a partner system sends it: mostly plausible, with wrong keys, types and dates mixed in. */
const row = fc.record(
  {
    code: maybeOdd(fc.oneof(fc.stringMatching(/^HS-\d{5}-\d{6}$/), fc.constant('HS-00004-FUZZ-0001'))),
    version: maybeOdd(fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constant('2'))),
    procedureCode: maybeOdd(fc.constantFrom('1.011690', '2.002272', 'X', '')),
    unitId: maybeOdd(fc.oneof(fc.integer({ min: 0, max: 50 }).map(String), fc.integer())),
    applicant: maybeOdd(
      fc.record(
        {
          name: maybeOdd(fc.constant('Ngô Thị Thu')),
          phone: maybeOdd(fc.constantFrom('0936 112 233', '12')),
          idNumber: maybeOdd(fc.constantFrom('001196011223', '1')),
        },
        { requiredKeys: [] },
      ),
    ),
    status: maybeOdd(fc.constantFrom(...STATUSES, 'done')),
    submittedAt: maybeOdd(isoDate),
    dueAt: maybeOdd(isoDate),
    completedAt: maybeOdd(fc.option(isoDate)),
    timeline: maybeOdd(
      fc.array(
        fc.record({
          status: maybeOdd(fc.constantFrom(...STATUSES)),
          at: maybeOdd(isoDate),
          note: maybeOdd(oddText(40)),
        }),
        {
          maxLength: 120,
        },
      ),
    ),
    result: maybeOdd(
      fc.record(
        {
          delivery: maybeOdd(fc.constantFrom('POST', 'IN_PERSON', 'ONLINE', 'DRONE')),
          place: oddText(),
          availableFrom: maybeOdd(isoDate),
        },
        { requiredKeys: [] },
      ),
    ),
    unknownKey: oddJson(),
  },
  { requiredKeys: [] },
)

const KEY_HEADERS = fc.constantFrom<[string, string][]>(
  [['x-api-key', PARTNER_KEY_PLACEHOLDER]],
  [['authorization', `Bearer ${PARTNER_KEY_PLACEHOLDER}`]],
  [['x-api-key', PARTNER_KEY_PLACEHOLDER]],
  [['x-api-key', 'sai-khoa']],
  [['authorization', 'Bearer']],
  [['authorization', `Basic ${PARTNER_KEY_PLACEHOLDER}`]],
  [],
)

/** The body of a batch: `{ dossiers: [...] }` right or wrong, CSV where JSON is expected, or past the row limit. */
const body = pickWeighted<string>(
  [8, fc.array(row, { maxLength: 20 }).map((dossiers) => JSON.stringify({ dossiers }))],
  [1, fc.array(row, { maxLength: 5 }).map((dossiers) => JSON.stringify({ rows: dossiers, Dossiers: dossiers }))],
  [1, oddJson().map((dossiers) => JSON.stringify({ dossiers }))],
  [1, oddJson().map((value) => JSON.stringify(value) ?? '')],
  [1, brokenJson()],
  [
    1,
    fc
      .array(fc.array(oddText(20), { maxLength: 16 }), { maxLength: 20 })
      .map((lines) => ['code,version,procedureCode,unitId', ...lines.map((cells) => cells.join(','))].join('\n')),
  ],
  [1, fc.constant(JSON.stringify({ dossiers: Array.from({ length: 5001 }, () => ({})) }))],
)

export const dossierImportRequests: fc.Arbitrary<FuzzRequest> = sometimesBrokenOff(
  fc
    .tuple(
      body,
      KEY_HEADERS,
      fc.constantFrom('application/json', 'text/csv', ''),
      pickWeighted([8, fc.constant('POST')], [1, fc.constantFrom('GET', 'PUT', 'DELETE')]),
    )
    .map(([text, keyHeaders, type, method]) => ({
      door: 'dossierImport',
      kind: `dossierImport.${method === 'POST' ? 'batch' : 'method'}`,
      target: 'dossiers',
      method,
      path: '/import/dossiers',
      headers: [...(type ? ([['content-type', type]] as [string, string][]) : []), ...keyHeaders],
      body: bytes(text),
    })),
)
