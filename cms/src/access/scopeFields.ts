import type { PayloadRequest } from 'payload'
import { relationId } from '../domain/relationId.ts'
import { roleOf } from './roles.ts'

/**
 * The account fields access rules read to decide what a user sees (roles.ts, editorScope.ts,
 * inOfficerUnit.ts, inUnitScope.ts, handlingUnitOnly.ts). A new one is added here, in one line.
 */
export const SCOPE_FIELDS = [
  { name: 'role', label: 'vai trò' },
  { name: 'locality', label: 'địa bàn phụ trách' },
  { name: 'unit', label: 'đơn vị' },
] as const

type Account = { id: number | string } & Record<string, unknown>

/** A relation compares by id (the admin sends ids, the session may hold documents); other values as they are. */
const sameValue = (a: unknown, b: unknown) =>
  relationId(a) !== null || relationId(b) !== null ? relationId(a) === relationId(b) : (a ?? null) === (b ?? null)

/** The scope fields `data` would change on `account` (every one it sets when the account is new). */
export function changedScopeFields(data: Record<string, unknown>, account: Account | undefined) {
  return SCOPE_FIELDS.filter(
    ({ name }) => name in data && (account === undefined || !sameValue(data[name], account[name])),
  )
}

/**
 * Whether the signed-in user may set another account's scope: only the ministry's super-admin, whose
 * scope covers every value, and never on their own account (nobody widens or moves their own scope).
 */
export function whyScopeChangeRefused(req: PayloadRequest, account: Account | undefined): string | null {
  if (account && req.user && String(account.id) === String(req.user.id)) return 'Bạn không thể tự thay đổi'
  return roleOf(req) === 'super-admin' ? null : 'Chỉ quản trị hệ thống được thay đổi'
}
