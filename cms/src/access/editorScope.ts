import type { PayloadRequest, Where } from 'payload'
import { roleOf } from './roles.ts'

type Id = number | string

/** What a signed-in user may edit: everything, one province, or one unit and the units below it. */
export type EditorScope =
  { kind: 'all' } | { kind: 'province'; provinceCode: string } | { kind: 'units'; unitIds: Id[] } | { kind: 'none' }

const idOf = (ref: unknown): Id | undefined =>
  ref && typeof ref === 'object' ? (ref as { id: Id }).id : (ref as Id | undefined) || undefined

/** Units are at most four levels deep (Bộ → tỉnh → phòng → xã); the bound guards against bad data. */
const MAX_UNIT_DEPTH = 6

async function unitSubtree(req: PayloadRequest, root: Id): Promise<Id[]> {
  const ids: Id[] = [root]
  let frontier: Id[] = [root]
  for (let depth = 0; frontier.length > 0 && depth < MAX_UNIT_DEPTH; depth++) {
    const { docs } = await req.payload.find({
      collection: 'units',
      where: { parent: { in: frontier } },
      pagination: false,
      depth: 0,
      select: {},
      req,
    })
    frontier = docs.map((d) => d.id).filter((id) => !ids.includes(id))
    ids.push(...frontier)
  }
  return ids
}

async function computeScope(req: PayloadRequest): Promise<EditorScope> {
  const role = roleOf(req)
  const user = req.user as { locality?: unknown; unit?: unknown } | null
  if (role === 'super-admin') return { kind: 'all' }
  if (role === 'provincial-editor') {
    const localityId = idOf(user?.locality)
    if (!localityId) return { kind: 'none' }
    const locality = await req.payload.findByID({ collection: 'localities', id: localityId, depth: 0, req })
    const provinceCode = locality.provinceCode ?? locality.code
    return { kind: 'province', provinceCode }
  }
  if (role === 'unit-editor') {
    const unitId = idOf(user?.unit)
    return unitId ? { kind: 'units', unitIds: await unitSubtree(req, unitId) } : { kind: 'none' }
  }
  return { kind: 'none' }
}

/** The signed-in user's scope, computed once per request. */
export async function editorScopeOf(req: PayloadRequest): Promise<EditorScope> {
  const key = `editorScope:${req.user?.id ?? ''}`
  const cached = req.context[key] as Promise<EditorScope> | undefined
  if (cached) return cached
  const scope = computeScope(req)
  req.context[key] = scope
  return scope
}

/** Where documents in scope are; `unitField` names the field holding the owning unit. */
export function scopeWhere(scope: EditorScope, unitField: string): Where | boolean {
  switch (scope.kind) {
    case 'all':
      return true
    case 'province':
      return { provinceCode: { equals: scope.provinceCode } }
    case 'units':
      return { [unitField]: { in: scope.unitIds } }
    case 'none':
      return false
  }
}

export type ScopeKeys = { provinceCode?: string | null; unit?: unknown }

/** Whether a document with these keys (after the change) lies inside the scope. */
export function keysInScope(scope: EditorScope, keys: ScopeKeys): boolean {
  switch (scope.kind) {
    case 'all':
      return true
    case 'province':
      return !!keys.provinceCode && keys.provinceCode === scope.provinceCode
    case 'units': {
      const unit = idOf(keys.unit)
      return unit !== undefined && scope.unitIds.some((id) => String(id) === String(unit))
    }
    case 'none':
      return false
  }
}
