/** Payload's English messages for a client's mistake, in Vietnamese. */
const MESSAGES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^Invalid JSON$/, () => 'Nội dung phải là một đối tượng JSON hợp lệ.'],
  [/^The following path cannot be queried: (.*)$/s, (m) => `Không thể lọc hoặc sắp xếp theo trường: ${m[1]}.`],
  [/^The following fields? (?:is|are) invalid:(.*)$/s, (m) => `Dữ liệu không hợp lệ ở trường:${m[1]}`],
  [/^Missing 'where' query of documents to (delete|update)\.$/, () => 'Thiếu điều kiện where để chọn tài liệu.'],
  [/^Missing email\.$/, () => 'Thiếu địa chỉ email.'],
  [/^No User$/, () => 'Chưa đăng nhập.'],
  [/^Token is either invalid or has expired\.$/, () => 'Mã xác nhận không hợp lệ hoặc đã hết hạn.'],
]

export const SERVER_FAULT_MESSAGE = 'Lỗi hệ thống.'

export function vietnameseMessage(message: string): string {
  for (const [pattern, say] of MESSAGES) {
    const match = message.match(pattern)
    if (match) return say(match)
  }
  return message
}

type ErrorBody = { errors?: { message?: unknown }[]; message?: unknown }

/**
 * Payload's error answer with its messages in Vietnamese; a server fault keeps its status and says
 * only that, whatever Payload put in it.
 */
export function vietnameseErrorBody(status: number, body: ErrorBody): ErrorBody {
  if (status >= 500) return { errors: [{ message: SERVER_FAULT_MESSAGE }] }
  if (!Array.isArray(body.errors)) return body
  return {
    ...body,
    errors: body.errors.map((e) =>
      typeof e.message === 'string' ? { ...e, message: vietnameseMessage(e.message) } : e,
    ),
  }
}
