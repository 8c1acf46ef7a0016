import type { DossierStatus, ResultDeliveryMethod } from '../../collections/Dossiers/options.ts'

const DAY = 24 * 60 * 60 * 1000

type DemoStep = { status: DossierStatus; day: number; note?: string }

/**
 * Demo dossiers of the demo units. Days count from the seed's run, so the demo always has one
 * dossier under review, one overdue and a few settled. Applicants and phones are invented.
 */
export const DEMO_DOSSIERS: {
  code: string
  procedureCode: string
  unit: string
  applicant: { name: string; phone: string; idNumber: string }
  submittedDay: number
  dueDay: number
  steps: DemoStep[]
  result?: { delivery: ResultDeliveryMethod; place?: string; availableDay?: number }
}[] = [
  {
    code: 'HS-00004-250001',
    procedureCode: '1.004222',
    unit: 'ca-ba-dinh',
    applicant: { name: 'Phạm Thị Hoa', phone: '0912000111', idNumber: '001190000111' },
    submittedDay: -2,
    dueDay: 1,
    steps: [
      { status: 'RECEIVED', day: -2 },
      { status: 'IN_REVIEW', day: -1 },
    ],
    result: { delivery: 'ELECTRONIC' },
  },
  {
    code: 'HS-00004-250002',
    procedureCode: '1.004194',
    unit: 'ca-ba-dinh',
    applicant: { name: 'Lê Văn Minh', phone: '0983000222', idNumber: '001085000222' },
    submittedDay: -12,
    dueDay: -5,
    steps: [
      { status: 'RECEIVED', day: -12 },
      { status: 'IN_REVIEW', day: -11 },
      {
        status: 'SUPPLEMENT_REQUESTED',
        day: -9,
        note: 'Bổ sung giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê nhà có công chứng).',
      },
      { status: 'IN_REVIEW', day: -6 },
    ],
    result: { delivery: 'COUNTER' },
  },
  {
    code: 'HS-00070-250003',
    procedureCode: '1.011691',
    unit: 'ca-hoan-kiem',
    applicant: { name: 'Trần Quốc Bảo', phone: '0904000333', idNumber: '001095000333' },
    submittedDay: -9,
    dueDay: -2,
    steps: [
      { status: 'RECEIVED', day: -9 },
      { status: 'IN_REVIEW', day: -8 },
      { status: 'APPROVED', day: -5 },
      { status: 'RESULT_READY', day: -4 },
    ],
    result: { delivery: 'COUNTER', availableDay: -4 },
  },
  {
    code: 'HS-01273-250004',
    procedureCode: '1.004222',
    unit: 'ca-thuc-phan',
    applicant: { name: 'Nông Thị Lan', phone: '0976000444', idNumber: '004192000444' },
    submittedDay: -6,
    dueDay: -3,
    steps: [
      { status: 'RECEIVED', day: -6 },
      { status: 'IN_REVIEW', day: -5 },
      { status: 'REFUSED', day: -4, note: 'Địa chỉ đăng ký tạm trú không có thật, không đủ điều kiện đăng ký.' },
    ],
  },
  {
    code: 'HS-11953-250005',
    procedureCode: '2.002272',
    unit: 'ca-hy',
    applicant: { name: 'Đỗ Văn Hùng', phone: '0358000555', idNumber: '033088000555' },
    submittedDay: -10,
    dueDay: -2,
    steps: [
      { status: 'RECEIVED', day: -10 },
      { status: 'IN_REVIEW', day: -9 },
      { status: 'APPROVED', day: -4 },
      { status: 'RESULT_READY', day: -3 },
      { status: 'RETURNED', day: -3 },
    ],
    result: { delivery: 'POST', availableDay: -3 },
  },
]

/** Ratings of the settled demo dossiers, plus anonymous ratings of visits. */
export const DEMO_RATINGS: {
  dossierCode?: string
  unit: string
  procedureCode: string
  score: number
  criteria: { attitude: number; timeliness: number; guidance: number; transparency: number }
  comment?: string
  day: number
}[] = [
  {
    dossierCode: 'HS-11953-250005',
    unit: 'ca-hy',
    procedureCode: '2.002272',
    score: 5,
    criteria: { attitude: 5, timeliness: 5, guidance: 4, transparency: 5 },
    comment: 'Cán bộ hướng dẫn tận tình, nhận hộ chiếu qua bưu điện rất tiện.',
    day: -2,
  },
  {
    dossierCode: 'HS-01273-250004',
    unit: 'ca-thuc-phan',
    procedureCode: '1.004222',
    score: 2,
    criteria: { attitude: 3, timeliness: 3, guidance: 1, transparency: 2 },
    comment: 'Không được giải thích rõ vì sao địa chỉ không đủ điều kiện.',
    day: -3,
  },
  {
    unit: 'ca-ba-dinh',
    procedureCode: '1.004222',
    score: 4,
    criteria: { attitude: 4, timeliness: 4, guidance: 5, transparency: 4 },
    day: -1,
  },
  {
    unit: 'ca-hoan-kiem',
    procedureCode: '1.011691',
    score: 5,
    criteria: { attitude: 5, timeliness: 4, guidance: 5, transparency: 5 },
    day: -1,
  },
]

export const dayFrom = (now: Date, day: number) => new Date(now.getTime() + day * DAY).toISOString()
