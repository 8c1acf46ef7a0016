import { restErrorResponse } from './restError.ts'

const WRITES = ['POST', 'PATCH', 'PUT']
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

const NOT_AN_OBJECT = 'Nội dung phải là một đối tượng JSON hợp lệ.'
const HAS_NUL = 'Nội dung chứa ký tự không hợp lệ (NUL).'

/** Why a JSON text cannot be a document's data: not JSON, not an object, or a NUL, which PostgreSQL refuses. */
function dataFault(text: string): typeof NOT_AN_OBJECT | typeof HAS_NUL | undefined {
  let nul = false
  try {
    const data: unknown = JSON.parse(text, (key, value: unknown) => {
      nul ||= key.includes('\0') || (typeof value === 'string' && value.includes('\0'))
      return value
    })
    if (!isObject(data)) return NOT_AN_OBJECT
  } catch {
    return NOT_AN_OBJECT
  }
  return nul ? HAS_NUL : undefined
}

/** The form's `_payload` field, where the admin puts a document's data next to its file, must be a JSON object. */
async function multipartFault(request: Request): Promise<string | undefined> {
  const form = await request.formData().catch(() => null)
  if (!form) return 'Nội dung multipart/form-data không hợp lệ.'
  const data = form.get('_payload')
  if (data === null) return undefined
  const fault = typeof data === 'string' ? dataFault(data) : NOT_AN_OBJECT
  if (fault === NOT_AN_OBJECT) return 'Trường _payload phải là một đối tượng JSON.'
  return fault
}

/**
 * Checks a write's body against its declared type before Payload parses it, as Payload answers 500
 * for a multipart body cut short and for data that is not an object. Payload reads JSON and multipart
 * only, so an empty body becomes `{}` and any other type is refused. Answers the request to hand on,
 * or the client's error.
 */
export async function checkRestBody(request: Request): Promise<Request | Response> {
  if (!WRITES.includes(request.method.toUpperCase())) return request
  // Payload's own reading of the type: the part before `;`, JSON by exact name, multipart by prefix.
  const [type = ''] = (request.headers.get('content-type') ?? '').split(';', 1)
  const bytes = new Uint8Array(await request.clone().arrayBuffer())
  if (type.includes('multipart/')) {
    const fault = await multipartFault(request.clone())
    return fault ? restErrorResponse(400, fault) : request
  }
  if (bytes.length === 0) {
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    headers.delete('content-length')
    return new Request(request.url, { method: request.method, headers, body: '{}' })
  }
  if (type !== 'application/json') {
    return restErrorResponse(415, 'Kiểu nội dung không được hỗ trợ: hãy gửi JSON hoặc multipart/form-data.')
  }
  const fault = dataFault(new TextDecoder().decode(bytes))
  return fault ? restErrorResponse(400, fault) : request
}
