import { foldVietnamese } from '@caunoi/platform'

/** Words that name the kind of unit, longest first so "thi xa" is not read as "xa". */
const KIND_PREFIXES = ['thanh pho', 'thi tran', 'dac khu', 'thi xa', 'phuong', 'huyen', 'quan', 'tinh', 'xa', 'tp']
/** How the same kind is written: "TP." stands for "Thành phố". */
const CANONICAL: Record<string, string> = { tp: 'thanh pho' }
const LEGACY_SUFFIX = /\s*\(truoc 2025\)\s*$/

export type LocalityName = {
  /** The unit's own name without its kind: "vu hoi" for "Xã Vũ Hội". */
  core: string
  /** The kind written before it, if any: "xa", "phuong", "tinh", "thanh pho"… */
  kind?: string
  /** The core as written, lower case with its marks: tells "Việt Hưng" from "Việt Hùng". */
  marked: string
  /** Names of the units around it, kinds removed: ["vu thu", "thai binh"] for "…, huyện Vũ Thư, tỉnh Thái Bình". */
  context: string[]
}

function splitKind(part: string): { kind?: string; core: string } {
  for (const prefix of KIND_PREFIXES) {
    if (part.startsWith(`${prefix} `)) return { kind: CANONICAL[prefix] ?? prefix, core: part.slice(prefix.length + 1) }
  }
  return { core: part }
}

/** Folds a name as written by a citizen or stored (searchName): no diacritics, "đ" as "d", kinds split off. */
export function parseLocalityName(text: string): LocalityName {
  const folded = foldVietnamese(text)
    .replace(LEGACY_SUFFIX, '')
    .replace(/[^a-z0-9,]+/g, ' ')
  const [own = '', ...rest] = folded
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const { kind, core } = splitKind(own)
  // The same words with their marks: folding keeps the number of words, so drop as many as the kind has.
  const markedWords = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s*\(trước 2025\)\s*$/, '')
    .split(',')[0]!
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
  const marked = markedWords.slice(kind ? markedWords.length - core.split(' ').length : 0).join(' ')
  return {
    core: core.trim(),
    kind,
    marked,
    context: rest.map((part) => splitKind(part).core.trim()).filter(Boolean),
  }
}

/** The stored searchName values the core may have: today's forms exactly, pre-2025 communes as "<name>, …". */
export function storedNameForms(core: string): { exact: string[]; legacyCommunePrefix: string } {
  const kinds = ['tinh', 'thanh pho', 'xa', 'phuong', 'thi tran', 'dac khu']
  return {
    exact: [
      core,
      ...kinds.map((kind) => `${kind} ${core}`),
      ...['tinh', 'thanh pho'].map((kind) => `${kind} ${core} (truoc 2025)`),
    ],
    legacyCommunePrefix: `${core},`,
  }
}
