import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { importQuestions } from '../src/import/importQuestions.ts'
import { readQuestionRows } from '../src/import/readQuestionRows.ts'
import { questionRow, writeCsv, writeXlsx } from './questionFiles.ts'
import { runCli } from './runCli.ts'

let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms({ seed: false })
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

const questionCount = async () => (await cms.payload.count({ collection: 'questions' })).totalDocs

async function storedQuestion(code: string) {
  const { docs } = await cms.payload.find({ collection: 'questions', where: { code: { equals: code } }, depth: 0 })
  return docs[0]
}

const BAD_ROWS = [
  questionRow('BAD-LAW', { law: 'LUAT_KHONG_CO' }),
  questionRow('BAD-ANSWER', { correct: 'D' }),
  questionRow('NO-ANSWER', { correct: '' }),
  questionRow('ONE-OPTION', { option_b: '', option_c: '', correct: 'A' }),
  questionRow('GAP', { option_b: '', option_d: 'Từ đủ 20 tuổi' }),
  questionRow('no spaces allowed'),
  questionRow('NO-TEXT', { text: '', explanation: '' }),
  questionRow('CC-IMPORT-1'),
]

describe('importing a question bank', () => {
  it('creates the valid rows of a CSV and reports every problem of the bad ones, row by row', async () => {
    const path = writeCsv('bank.csv', [
      questionRow('CC-IMPORT-1'),
      questionRow('CC-IMPORT-2', { correct: 'a; c' }),
      ...BAD_ROWS,
    ])
    const ticks: number[] = []
    const report = await importQuestions(cms.payload, await readQuestionRows(path), {
      onProgress: (done) => ticks.push(done),
    })

    expect(report).toMatchObject({ created: 2, updated: 0, rejected: 8 })
    expect(ticks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const byCode = Object.fromEntries(report.rows.map((r) => [r.code, r]))
    expect(byCode['BAD-LAW']).toMatchObject({ row: 4, status: 'rejected' })
    expect(byCode['BAD-LAW']!.problems.join()).toMatch(/Văn bản \(law\) "LUAT_KHONG_CO"/)
    expect(byCode['BAD-ANSWER']!.problems).toEqual(['Đáp án đúng "D" không trỏ tới phương án nào.'])
    expect(byCode['NO-ANSWER']!.problems.join()).toMatch(/Thiếu đáp án đúng/)
    expect(byCode['ONE-OPTION']!.problems.join()).toMatch(/ít nhất 2 phương án/)
    expect(byCode['GAP']!.problems.join()).toMatch(/liên tiếp/)
    expect(byCode['NO SPACES ALLOWED']!.problems.join()).toMatch(/Mã câu hỏi/)
    expect(byCode['NO-TEXT']!.problems).toHaveLength(2)
    expect(report.rows.at(-1)).toMatchObject({
      row: 11,
      status: 'rejected',
      problems: ['Mã câu hỏi "CC-IMPORT-1" trùng với dòng 2.'],
    })

    expect(await questionCount()).toBe(2)
    const multi = await storedQuestion('CC-IMPORT-2')
    expect(multi?.options?.map((o) => o.correct)).toEqual([true, false, true])
    expect(multi).toMatchObject({ law: 'LUAT_CAN_CUOC_2023', difficulty: 'EASY', topic: 'Cấp thẻ căn cước' })
  })

  it('updates a question imported again under the same code, keeping its option ids', async () => {
    const before = await storedQuestion('CC-IMPORT-1')
    const path = writeCsv('again.csv', [questionRow('CC-IMPORT-1', { correct: 'B', difficulty: 'HARD' })])
    const report = await importQuestions(cms.payload, await readQuestionRows(path))
    expect(report).toMatchObject({ created: 0, updated: 1, rejected: 0 })
    const after = await storedQuestion('CC-IMPORT-1')
    expect(after?.options?.map((o) => o.correct)).toEqual([false, true, false])
    expect(after?.options?.map((o) => o.id)).toEqual(before?.options?.map((o) => o.id))
    expect(after?.difficulty).toBe('HARD')
    expect(await questionCount()).toBe(2)
  })

  it('reads XLSX files the same way, and a dry run writes nothing', async () => {
    const path = await writeXlsx('bank.xlsx', [questionRow('CC-XLSX-1', { correct: '1,2' }), ...BAD_ROWS.slice(0, 2)])
    const rows = await readQuestionRows(path)
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4])
    const dry = await importQuestions(cms.payload, rows, { dryRun: true })
    expect(dry).toMatchObject({ created: 1, rejected: 2 })
    expect(await storedQuestion('CC-XLSX-1')).toBeUndefined()
    const real = await importQuestions(cms.payload, rows)
    expect(real).toMatchObject({ created: 1, rejected: 2 })
    expect((await storedQuestion('CC-XLSX-1'))?.options?.map((o) => o.correct)).toEqual([true, true, false])
  })

  it('refuses a file that is neither CSV nor XLSX', async () => {
    await expect(readQuestionRows('/tmp/bank.pdf')).rejects.toThrow(/\.csv hoặc \.xlsx/)
  })

  it('runs as a command that prints progress and the rejected rows, exiting 2 when some were rejected', async () => {
    const path = writeCsv('cli.csv', [questionRow('CC-CLI-1'), questionRow('CC-CLI-2', { correct: 'Z' })])
    const failure = await runCli(cms, 'importQuestions.ts', [path])
    expect(failure.code).toBe(2)
    expect(failure.stdout).toMatch(/questions: 2\/2 \(100%\)/)
    expect(failure.stdout).toMatch(/row 3 \(CC-CLI-2\): rejected\n\s+- Đáp án đúng "Z" không đọc được/)
    expect(failure.stdout).toMatch(/1 created, 0 updated, 1 rejected/)
    expect(await storedQuestion('CC-CLI-1')).toBeDefined()
  }, 60_000)
})
