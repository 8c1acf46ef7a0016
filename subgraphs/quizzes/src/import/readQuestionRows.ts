import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

/** One data row of a question bank file: cells by lower-cased header, and its row number in the file. */
export type SheetRow = { row: number; cells: Record<string, string> }

const header = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toLowerCase()

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('result' in value) return String(value.result ?? '')
    if ('text' in value) return String(value.text)
    if (value instanceof Date) return value.toISOString()
  }
  return String(value)
}

async function readCsv(path: string): Promise<SheetRow[]> {
  // Excel saves CSV with a BOM; cells are kept as text so "01/01/2025" stays what the editor typed.
  const records: string[][] = parse(await readFile(path), {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  })
  const [head, ...body] = records
  const names = (head ?? []).map(header)
  return body.map((cells, index) => ({
    row: index + 2,
    cells: Object.fromEntries(names.map((name, i) => [name, (cells[i] ?? '').trim()])),
  }))
}

async function readXlsx(path: string): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const names: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (names[column] = header(cellText(cell.value))))
  const rows: SheetRow[] = []
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const cells: Record<string, string> = {}
    names.forEach((name, column) => {
      if (name) cells[name] = cellText(row.getCell(column).value).trim()
    })
    if (Object.values(cells).some(Boolean)) rows.push({ row: number, cells })
  })
  return rows
}

/** Reads the first sheet of an .xlsx file or a .csv file (UTF-8, comma separated, header row first). */
export async function readQuestionRows(path: string): Promise<SheetRow[]> {
  const extension = extname(path).toLowerCase()
  if (extension === '.csv') return readCsv(path)
  if (extension === '.xlsx') return readXlsx(path)
  throw new Error(`Chỉ hỗ trợ tệp .csv hoặc .xlsx (nhận được "${extension || path}").`)
}
