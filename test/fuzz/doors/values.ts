import fc from 'fast-check'

/** Text that trips parsers: Vietnamese with and without diacritics, control and zero-width characters, emoji, lone surrogates. */
export const oddText = (maxLength = 80): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom(
      '',
      ' ',
      'Căn cước công dân',
      'can cuoc',
      'Đăng ký thường trú',
      '\u0000',
      '\u202e\u200b\ufeff',
      '𝕮𝖆𝖚 𝕹𝖔𝖎 🚓',
      '\ud800',
      '%00%ff',
      '%E0%A4%A',
      '"\'\\`${}',
      "'; DROP TABLE reports; --",
      '<script>alert(1)</script>',
      '../../../../etc/passwd',
      '{{7*7}}',
      'null',
      'undefined',
      'NaN',
      '-0',
      '1e309',
      '__proto__',
      'constructor',
    ),
  )

/** A string far past any sensible field length (100 KB to 300 KB). */
export const hugeText = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom('a', 'đ', '😀', '\\', '"', '<'), fc.integer({ min: 100_000, max: 300_000 }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))

/** Any JSON value, with odd strings and numbers out of every range mixed in. */
export const oddJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: oddText() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        0,
        -1,
        2 ** 31,
        -(2 ** 31) - 1,
        Number.MAX_SAFE_INTEGER + 2,
        1e308,
        0.5,
        true,
        false,
        null,
        [],
        {},
        [[[[[]]]]],
        { __proto__: { polluted: true } },
        { constructor: { prototype: { polluted: true } } },
      ),
    },
  )

/** A JSON text broken in one of the ways clients break it. */
export const brokenJson = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '',
      '{',
      '[',
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      'nul',
      '"\\ud800"',
      '\u0000',
      '{"a":1}{"b":2}',
      '[]]',
    ),
    fc.jsonValue().map((value) => {
      const text = JSON.stringify(value) ?? 'null'
      return text.slice(0, Math.max(0, text.length - 1 - (text.length % 3)))
    }),
    fc.constant('['.repeat(50_000)),
    fc.constant(`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`),
  )

const UNRESERVED = /[A-Za-z0-9\-._~]/

/**
 * A value for a URL, percent-encoded as a client would (lone surrogates become U+FFFD, as UTF-8
 * encoders do), or `raw`: printable ASCII left as it is, so "%" and "&" break the decoding.
 */
export function urlPart(value: string, raw = false): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte)
    const printable = byte > 0x20 && byte < 0x7f && char !== '#'
    out += UNRESERVED.test(char) || (raw && printable) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

export const pickWeighted = <T>(...entries: [number, fc.Arbitrary<T>][]): fc.Arbitrary<T> =>
  fc.oneof(...entries.map(([weight, arbitrary]) => ({ weight, arbitrary })))
