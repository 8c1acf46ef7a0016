import { requireSuccessor, type Locality } from '@caunoi/cms'
import type { QuizzesContext } from '../context.ts'

/** Resolves a code given by a client (old codes included); unknown codes are the client's mistake. */
export function requireLocality(ctx: QuizzesContext, code: string, field: string): Promise<Locality> {
  const lookup = {
    byCode: (c: string) => ctx.loaders.localityByCode.load(c),
    byId: (id: number) => ctx.loaders.localityById.load(id),
  }
  return requireSuccessor(lookup, code, field)
}

/** The codes a locality belongs to, itself first: a commune, its parent and its province. */
export function codesAbove(locality: Pick<Locality, 'code' | 'parentCode' | 'provinceCode'>): string[] {
  return [...new Set([locality.code, locality.parentCode, locality.provinceCode].filter((c): c is string => !!c))]
}
