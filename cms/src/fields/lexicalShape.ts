import { validations, type RichTextFieldValidation } from 'payload'

/** Deeply nested input is an attack, not an article: real documents stay far below this. */
const MAX_DEPTH = 40

function shapeProblem(node: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return 'lồng nhau quá sâu'
  if (!node || typeof node !== 'object' || Array.isArray(node)) return 'một phần tử không phải đối tượng'
  const { type, children, text } = node as { type?: unknown; children?: unknown; text?: unknown }
  if (typeof type !== 'string' || type === '') return 'một phần tử thiếu kiểu (type)'
  if (type === 'text' && typeof text !== 'string') return 'một đoạn chữ thiếu nội dung (text)'
  if (children === undefined) return null
  if (!Array.isArray(children)) return 'danh sách phần tử con (children) không hợp lệ'
  for (const child of children) {
    const problem = shapeProblem(child, depth + 1)
    if (problem) return problem
  }
  return null
}

/**
 * Checks that a rich text value is a Lexical document (root → nodes with a type and children)
 * before Payload's own editor validation, which assumes that shape.
 */
export const lexicalShape: RichTextFieldValidation = (value, options) => {
  if (value === null || value === undefined) return validations.richText(value, options)
  const root = (value as { root?: unknown }).root
  const problem =
    !root || typeof root !== 'object' || (root as { type?: unknown }).type !== 'root'
      ? 'thiếu nút gốc (root)'
      : shapeProblem(root, 0)
  return problem ? `Nội dung không đúng định dạng soạn thảo: ${problem}.` : validations.richText(value, options)
}
