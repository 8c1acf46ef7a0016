import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { QUESTION_COLUMNS } from '../src/import/parseQuestionRow.ts'

type Row = Partial<Record<(typeof QUESTION_COLUMNS)[number], string>>

/** A valid row; overrides make it invalid in one chosen way. */
export function questionRow(code: string, overrides: Row = {}): Row {
  return {
    code,
    law: 'LUAT_CAN_CUOC_2023',
    topic: 'Cấp thẻ căn cước',
    difficulty: 'Dễ',
    text: `Câu hỏi nhập từ tệp ${code}: công dân từ bao nhiêu tuổi phải làm thẻ căn cước?`,
    option_a: 'Từ đủ 14 tuổi',
    option_b: 'Từ đủ 16 tuổi',
    option_c: 'Từ đủ 18 tuổi',
    correct: 'A',
    explanation: 'Theo khoản 1 Điều 19 Luật Căn cước số 26/2023/QH15.',
    ...overrides,
  }
}

const dir = mkdtempSync(join(tmpdir(), 'caunoi-questions-'))

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Writes rows as Excel saves a UTF-8 CSV: BOM, header row, quoted cells where needed. */
export function writeCsv(name: string, rows: Row[]): string {
  const lines = [
    QUESTION_COLUMNS.join(','),
    ...rows.map((row) => QUESTION_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(',')),
  ]
  const path = join(dir, name)
  writeFileSync(path, '\uFEFF' + lines.join('\r\n') + '\r\n')
  return path
}

export async function writeXlsx(name: string, rows: Row[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Ngân hàng câu hỏi')
  sheet.addRow([...QUESTION_COLUMNS])
  for (const row of rows) sheet.addRow(QUESTION_COLUMNS.map((c) => row[c] ?? ''))
  const path = join(dir, name)
  await workbook.xlsx.writeFile(path)
  return path
}
