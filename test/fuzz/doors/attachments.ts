import fc from 'fast-check'
import { bytes, concatBytes, type FuzzRequest } from '../fuzzRequest.ts'
import { oddText, pickWeighted } from './values.ts'

/** The smallest valid PNG (1 × 1), so some uploads pass and reach the store. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])
const MP4_START = Buffer.from('000000186674797069736f6d0000020069736f6d', 'hex')

const fileName = fc.oneof(
  fc.constantFrom(
    'anh-vi-pham.png',
    '../../../../etc/passwd',
    '..\\..\\windows\\win.ini',
    'a\u0000.png',
    '',
    '.',
    '..',
    'ảnh chụp biển số 30A-123.45.jpg',
    "x\"; filename*=UTF-8''%2e%2e%2fetc",
    '%2e%2e%2f%2e%2e%2fsecret',
    'CON',
    'a/b/c.mp4',
  ),
  fc.integer({ min: 256, max: 20_000 }).map((n) => `${'đ'.repeat(n)}.png`),
  oddText(60),
)

const contentType = fc.oneof(
  fc.constantFrom(
    'image/png',
    'image/jpeg',
    'video/mp4',
    'image/svg+xml',
    'text/html',
    'application/octet-stream',
    'application/x-msdownload',
    'image/png; charset=utf-8',
    '',
  ),
  oddText(30),
)

const content = fc.oneof(
  { weight: 4, arbitrary: fc.constant(PNG) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 500 }).map((b) => concatBytes([JPEG_START, b])) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 500 }).map((b) => concatBytes([MP4_START, b])) },
  { weight: 1, arbitrary: fc.nat({ max: PNG.length }).map((n) => PNG.subarray(0, n)) },
  { weight: 1, arbitrary: fc.constant(Buffer.from('<svg onload="alert(1)"/>')) },
  { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
)

type Part = { headers: string[]; body: Uint8Array }

const header = (text: string) => text.replace(/[\r\n]/g, ' ')

const filePart: fc.Arbitrary<Part> = fc
  .tuple(oddText(12), fileName, contentType, content, fc.boolean())
  .map(([field, name, type, body, quoted]) => ({
    headers: [
      header(
        `Content-Disposition: form-data; name="${field || 'files'}"; filename=${quoted ? JSON.stringify(name) : name}`,
      ),
      ...(type === '' ? [] : [header(`Content-Type: ${type}`)]),
    ],
    body,
  }))

const fieldPart: fc.Arbitrary<Part> = fc
  .tuple(oddText(12), oddText(200))
  .map(([name, value]) => ({ headers: [header(`Content-Disposition: form-data; name="${name}"`)], body: bytes(value) }))

/** A part that is itself multipart (the old multipart/mixed file lists), or has no disposition at all. */
const nestedPart: fc.Arbitrary<Part> = fc.array(filePart, { maxLength: 3 }).map((inner) => ({
  headers: ['Content-Disposition: form-data; name="files"', 'Content-Type: multipart/mixed; boundary=inner'],
  body: multipartBody('inner', inner, true),
}))

const barePart: fc.Arbitrary<Part> = content.map((body) => ({ headers: [], body }))

function multipartBody(boundary: string, parts: Part[], closed: boolean): Uint8Array {
  const chunks: Uint8Array[] = []
  for (const part of parts) {
    chunks.push(bytes(`--${boundary}\r\n${part.headers.map((h) => `${h}\r\n`).join('')}\r\n`), part.body, bytes('\r\n'))
  }
  if (closed) chunks.push(bytes(`--${boundary}--\r\n`))
  return concatBytes(chunks)
}

const part = pickWeighted<Part>([6, filePart], [2, fieldPart], [1, nestedPart], [1, barePart])

const boundary = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9'()+_,-./:=?]{1,70}$/),
  fc.constantFrom('-', 'a'.repeat(200), '"q"'),
)

type Framing =
  'complete' | 'unclosed' | 'cut' | 'truncated' | 'longerLength' | 'shorterLength' | 'noLength' | 'cutShort' | 'reset'

const framing = fc.constantFrom<Framing>(
  'complete',
  'complete',
  'complete',
  'unclosed',
  'cut',
  'cut',
  'truncated',
  'reset',
  'truncated',
  'longerLength',
  'shorterLength',
  'noLength',
  'cutShort',
)

const typeHeader = (b: string) =>
  fc.constantFrom(
    `multipart/form-data; boundary=${b}`,
    `multipart/form-data; boundary="${b}"`,
    `multipart/form-data; boundary=${b}; boundary=other`,
    'multipart/form-data',
    'multipart/mixed; boundary=' + b,
    'application/json',
    'image/png',
    `multipart/form-data; boundary=${b}x`,
    '',
  )

/** How the whole body is framed and sent: mostly honest, often cut or lying about its length. */
function frame(kind: string, parts: Part[], b: string, type: string, how: Framing, cutAt: number): FuzzRequest {
  const full = multipartBody(b, parts, how !== 'unclosed')
  const request: FuzzRequest = {
    door: 'attachments',
    kind: `attachments.${kind}.${how}`,
    target: 'gateway',
    method: 'POST',
    path: '/attachments',
    headers: type === '' ? [] : [['content-type', type]],
    body: full,
  }
  const cut = full.length === 0 ? 0 : cutAt % full.length
  switch (how) {
    case 'cut':
      // The form ends anywhere (inside a file, before the closing boundary), the Content-Length honest.
      return { ...request, body: full.subarray(0, cut) }
    case 'truncated':
      // Cut before the closing boundary, but announced as the whole body: the client stops sending.
      return { ...request, body: full.subarray(0, cut), contentLength: full.length }
    case 'longerLength':
      return { ...request, contentLength: full.length + 1 + (cutAt % 10_000) }
    case 'shorterLength':
      return { ...request, contentLength: cut }
    case 'noLength':
      return { ...request, noContentLength: true }
    case 'cutShort':
      return { ...request, body: full.subarray(0, cut), cutShort: true }
    case 'reset':
      return { ...request, body: full.subarray(0, cut), contentLength: full.length, reset: true }
    default:
      return request
  }
}

const upload = (kind: string, parts: fc.Arbitrary<Part[]>) =>
  fc
    .tuple(parts, boundary, framing, fc.nat())
    .chain(([ps, b, how, cutAt]) => typeHeader(b).map((type) => frame(kind, ps, b, type, how, cutAt)))

const ordinary = upload('parts', fc.array(part, { maxLength: 8 }))

/** Thousands of tiny parts: the part and file limits, not memory, must stop them. */
const manyParts = upload(
  'manyParts',
  fc.tuple(fc.integer({ min: 500, max: 5000 }), fc.boolean()).map(([count, files]) =>
    Array.from({ length: count }, (_, i) =>
      files
        ? {
            headers: [`Content-Disposition: form-data; name="f${i}"; filename="${i}.png"`, 'Content-Type: image/png'],
            body: PNG,
          }
        : { headers: [`Content-Disposition: form-data; name="f${i}"`], body: bytes('x') },
    ),
  ),
)

/** One file just over the image limit (10 MB), labelled as a photo. */
const oversized = upload(
  'oversized',
  fc.integer({ min: 10 * 1024 * 1024 + 1, max: 11 * 1024 * 1024 }).map((size) => {
    const body = Buffer.alloc(size)
    PNG.copy(body)
    return [
      {
        headers: ['Content-Disposition: form-data; name="files"; filename="lon.png"', 'Content-Type: image/png'],
        body,
      },
    ]
  }),
)

/** The same uploads sent straight to the reports process, so its own parser sees the cut bodies. */
const direct = ordinary.map((request) => ({ ...request, target: 'reports' as const, kind: `${request.kind}.direct` }))

export const attachmentRequests: fc.Arbitrary<FuzzRequest> = pickWeighted<FuzzRequest>(
  [40, ordinary],
  [12, direct],
  [4, manyParts],
  [1, oversized],
)
