import { resolveSuccessor, type Locality } from '@caunoi/cms'
import { badUserInput } from '@caunoi/platform'
import type { QuizzesContext } from '../context.ts'

/** Resolves a code given by a client (old codes included); unknown codes are the client's mistake. */
export async function requireLocality(ctx: QuizzesContext, code: string, field: string): Promise<Locality> {
  const trimmed = code.trim()
  const locality = trimmed
    ? await resolveSuccessor(
        { byCode: (c) => ctx.loaders.localityByCode.load(c), byId: (id) => ctx.loaders.localityById.load(id) },
        trimmed,
      )
    : null
  if (!locality) throw badUserInput(`Không tìm thấy địa bàn có mã "${trimmed}".`, [{ field, message: 'không tồn tại' }])
  return locality
}

/** The codes a locality belongs to, itself first: a commune, its parent and its province. */
export function codesAbove(locality: Pick<Locality, 'code' | 'parentCode' | 'provinceCode'>): string[] {
  return [...new Set([locality.code, locality.parentCode, locality.provinceCode].filter((c): c is string => !!c))]
}
