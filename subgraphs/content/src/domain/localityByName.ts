import { badUserInput } from '@caunoi/platform'
import type { Locality } from '@caunoi/cms'
import type { ContentContext } from '../context.ts'
import { requireLocality, successorOf } from './localityArgument.ts'
import { parseLocalityName, storedNameForms } from './localityName.ts'

export type LocalityCandidate = { matched: Locality; successor: Locality; merged: boolean }
export type LocalityNameMatch = {
  locality: Locality | null
  merged: boolean
  ambiguous: boolean
  candidates: LocalityCandidate[]
}

const MAX_NAME_LENGTH = 200
/** Enough to scan every unit that shares a common name ("An Bình") across the country. */
const MAX_ROWS = 2_000
const MAX_CANDIDATES = 20

const PROVINCE_KINDS = new Set(['tinh', 'thanh pho'])
const COMMUNE_KINDS = new Set(['xa', 'phuong', 'thi tran', 'dac khu'])

/** A kind written by the citizen narrows the level: "tỉnh Thái Bình" is not "xã Thái Bình". */
function levelFits(kind: string | undefined, level: Locality['level']): boolean {
  if (!kind) return true
  if (PROVINCE_KINDS.has(kind)) return level === 'PROVINCE'
  if (COMMUNE_KINDS.has(kind)) return level !== 'PROVINCE' && level !== 'DISTRICT'
  return level === 'DISTRICT'
}

const provinceOf = (l: Locality) => l.provinceCode ?? l.code

/**
 * Finds localities by name, today's or pre-2025 ("Thái Bình", "xa Vu Hoi, Vu Thu"), with or without
 * diacritics, and leads each to the unit that exists today. When several units share the name and
 * the citizen gave no kind, a province wins (people drop "tỉnh"); otherwise the answer is ambiguous.
 */
export async function localityByName(
  ctx: ContentContext,
  args: { name: string; provinceCode?: string | null },
): Promise<LocalityNameMatch> {
  if (args.name.length > MAX_NAME_LENGTH) {
    throw badUserInput(`Tên địa bàn dài quá ${MAX_NAME_LENGTH} ký tự.`, [{ field: 'name', message: 'quá dài' }])
  }
  const wanted = parseLocalityName(args.name)
  if (wanted.core === '') {
    throw badUserInput('Cần nhập tên xã, phường hoặc tỉnh, thành phố (ví dụ "Thái Bình").', [
      { field: 'name', message: 'thiếu tên' },
    ])
  }
  const province = args.provinceCode ? await requireLocality(ctx, args.provinceCode, 'provinceCode') : null

  const forms = storedNameForms(wanted.core)
  // Two queries so a common short name ("An,") filling the scan's limit cannot crowd out exact ones.
  const [exact, legacy] = await Promise.all(
    [{ searchName: { in: forms.exact } }, { searchName: { contains: forms.legacyCommunePrefix } }].map((where) =>
      ctx.payload.find({ collection: 'localities', where, sort: 'code', limit: MAX_ROWS, depth: 0 }),
    ),
  )
  const docs = [...exact!.docs, ...legacy!.docs.filter((doc) => !exact!.docs.some((e) => e.id === doc.id))]

  const sameName = docs
    .map((doc) => ({ doc, stored: parseLocalityName(doc.name) }))
    .filter(({ doc, stored }) => stored.core === wanted.core && levelFits(wanted.kind, doc.level))
  // Written with marks, "Việt Hưng" means that name, not "Việt Hùng", when such a unit exists.
  const hasMarks = wanted.marked !== wanted.core
  const marked = hasMarks ? sameName.filter(({ stored }) => stored.marked === wanted.marked) : []
  const named = marked.length > 0 ? marked : sameName
  // Loaders batch these lookups: one query per merge hop, not one per row.
  const resolved = await Promise.all(
    named.map(async ({ doc, stored }) => {
      const successor = await successorOf(ctx, doc.code)
      if (!successor || (province && provinceOf(successor) !== province.code)) return null
      if (wanted.context.length > 0) {
        // "…, Vũ Thư, Thái Bình": every place named after the comma must be around the unit.
        const around = new Set(stored.context)
        const provinceDoc = await ctx.loaders.localityByCode.load(provinceOf(successor))
        if (provinceDoc) around.add(parseLocalityName(provinceDoc.name).core)
        if (!wanted.context.every((part) => around.has(part))) return null
      }
      return { matched: doc, successor, merged: doc.id !== successor.id }
    }),
  )
  const candidates = resolved.filter((c): c is LocalityCandidate => c !== null)
  // Today's units first, then provinces before communes, then by code.
  candidates.sort(
    (a, b) =>
      Number(a.merged) - Number(b.merged) ||
      Number(b.matched.level === 'PROVINCE') - Number(a.matched.level === 'PROVINCE') ||
      a.matched.code.localeCompare(b.matched.code),
  )

  const successors = new Map(candidates.map((c) => [c.successor.code, c.successor]))
  const provinces = new Map(
    candidates.filter((c) => c.matched.level === 'PROVINCE').map((c) => [c.successor.code, c.successor]),
  )
  const chosen =
    successors.size === 1
      ? [...successors.values()][0]!
      : !wanted.kind && provinces.size === 1
        ? [...provinces.values()][0]!
        : null
  const leading = chosen ? candidates.filter((c) => c.successor.code === chosen.code) : []
  const others = candidates.filter((c) => !leading.includes(c))
  return {
    locality: chosen,
    // Merged only when the name is solely a former one: "Hưng Yên" names today's province.
    merged: leading.length > 0 && leading.every((c) => c.merged),
    ambiguous: chosen === null && candidates.length > 1,
    // What the name was taken to mean comes first.
    candidates: [...leading, ...others].slice(0, MAX_CANDIDATES),
  }
}
