import type { Payload } from 'payload'
import { parseQuestionRow, type ParsedRow } from './parseQuestionRow.ts'
import type { SheetRow } from './readQuestionRows.ts'

export type RowOutcome = { row: number; code: string; status: 'created' | 'updated' | 'rejected'; problems: string[] }

export type ImportReport = { rows: RowOutcome[]; created: number; updated: number; rejected: number }

type Options = { dryRun?: boolean; onProgress?: (done: number, total: number) => void }

/** Payload's validation errors name each failing field; the editor sees those messages. */
function problemsOf(error: unknown): string[] {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((e) => `${e.path ?? ''}: ${e.message ?? 'không hợp lệ'}`)
  return [error instanceof Error ? error.message : String(error)]
}

/**
 * Finds the images rows name (by file name in the media library) and rejects the rows whose image
 * is not there, or is not an image: pictures are uploaded first, where their type and size are checked.
 */
async function linkImages(payload: Payload, parsed: ParsedRow[]): Promise<Map<string, number>> {
  const names = [...new Set(parsed.flatMap((row) => (row.question && row.imageFile ? [row.imageFile] : [])))]
  if (names.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ filename: { in: names } }, { mimeType: { like: 'image/' } }] },
    select: { filename: true },
    pagination: false,
    depth: 0,
  })
  const ids = new Map(docs.map((doc) => [doc.filename!, doc.id]))
  for (const row of parsed) {
    if (row.question && row.imageFile && !ids.has(row.imageFile)) {
      row.problems.push(`Không có ảnh "${row.imageFile}" trong thư viện ảnh: tải ảnh lên trước rồi ghi đúng tên tệp.`)
      row.question = null
    }
  }
  return ids
}

/**
 * Imports a question bank row by row: valid rows are created, or update the question with the same
 * code; invalid rows are reported with every problem and change nothing. A dry run only validates.
 */
export async function importQuestions(
  payload: Payload,
  rows: SheetRow[],
  options: Options = {},
): Promise<ImportReport> {
  const parsed = rows.map(parseQuestionRow)
  const firstRowOfCode = new Map<string, number>()
  for (const row of parsed) {
    if (!row.code) continue
    const first = firstRowOfCode.get(row.code)
    if (first === undefined) firstRowOfCode.set(row.code, row.row)
    else {
      row.problems.push(`Mã câu hỏi "${row.code}" trùng với dòng ${first}.`)
      row.question = null
    }
  }

  const imageIds = await linkImages(payload, parsed)

  const { docs } = await payload.find({
    collection: 'questions',
    where: { code: { in: [...firstRowOfCode.keys()] } },
    select: { code: true, options: true },
    pagination: false,
    depth: 0,
  })
  const existing = new Map(docs.map((doc) => [doc.code, doc]))

  const outcomes: RowOutcome[] = []
  for (const [index, row] of parsed.entries()) {
    let outcome: RowOutcome
    if (!row.question) {
      outcome = { row: row.row, code: row.code, status: 'rejected', problems: row.problems }
    } else {
      const current = existing.get(row.code)
      try {
        const image = row.imageFile ? imageIds.get(row.imageFile)! : null
        if (!options.dryRun && !current)
          await payload.create({ collection: 'questions', data: { ...row.question, image }, depth: 0 })
        if (!options.dryRun && current) {
          // Options keep their ids by position, so attempts in progress can still be scored.
          const kept = row.question.options.map((option, i) => ({ ...option, id: current.options?.[i]?.id }))
          await payload.update({
            collection: 'questions',
            id: current.id,
            data: { ...row.question, image, options: kept },
            depth: 0,
          })
        }
        outcome = { row: row.row, code: row.code, status: current ? 'updated' : 'created', problems: [] }
      } catch (error) {
        outcome = { row: row.row, code: row.code, status: 'rejected', problems: problemsOf(error) }
      }
    }
    outcomes.push(outcome)
    options.onProgress?.(index + 1, parsed.length)
  }
  const count = (status: RowOutcome['status']) => outcomes.filter((o) => o.status === status).length
  return { rows: outcomes, created: count('created'), updated: count('updated'), rejected: count('rejected') }
}
