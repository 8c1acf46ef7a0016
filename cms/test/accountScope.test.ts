import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, unitIdByName, type Actor } from './support/actors.ts'
import { restClient, type RestClient } from './support/restClient.ts'

let cms: TestCms
let payload: Payload
let rest: RestClient
let admin: Actor

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  rest = await restClient(payload)
  admin = await createActor(payload, 'super-admin')
}, 120_000)

afterAll(async () => {
  await rest?.stop()
  await cms?.destroy()
}, 60_000)

const account = async (actor: Actor) => payload.findByID({ collection: 'users', id: actor.user!.id, depth: 0 })
const ownAccount = (actor: Actor) => `/api/users/${actor.user!.id}`
const errorOf = (body: Record<string, unknown> | null) => (body?.errors as { message: string }[] | undefined)?.[0]

describe('a user’s own account', () => {
  it('lets a user change their name and password', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const answer = await rest.call(officer, 'PATCH', ownAccount(officer), {
      name: 'Nguyễn Văn Mới',
      password: 'Matkhau@2027',
    })
    expect(answer.status).toBe(200)
    expect((await account(officer)).name).toBe('Nguyễn Văn Mới')
    const login = await payload.login({
      collection: 'users',
      data: { email: officer.user!.email, password: 'Matkhau@2027' },
    })
    expect(login.token).toBeDefined()
  })

  it('lets a user change their e-mail', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const answer = await rest.call(officer, 'PATCH', ownAccount(officer), {
      email: `moi-${officer.user!.id}@caunoi.test`,
    })
    expect(answer.status).toBe(200)
    expect((await account(officer)).email).toBe(`moi-${officer.user!.id}@caunoi.test`)
  })

  it('saves the account form as the admin sends it, scope fields unchanged', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const { role, unit, locality } = await account(officer)
    const answer = await rest.call(officer, 'PATCH', ownAccount(officer), { name: 'Tên mới', role, unit, locality })
    expect(answer.status).toBe(200)
    expect((await account(officer)).name).toBe('Tên mới')
  })

  it('refuses an officer moving themself to another unit, with a reason and nothing changed', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const before = await account(officer)
    const caoBang = await unitIdByName(payload, 'Công an tỉnh Cao Bằng')
    const answer = await rest.call(officer, 'PATCH', ownAccount(officer), { unit: caoBang, name: 'Đổi tên kèm' })
    expect(answer.status).toBe(403)
    expect(errorOf(answer.body)?.message).toMatch(/không thể tự thay đổi đơn vị/)
    expect(answer.text).not.toMatch(/at .*\.ts|node_modules/)
    expect(await account(officer)).toMatchObject({ unit: before.unit, name: before.name })
  })

  it('refuses a provincial editor changing their own province', async () => {
    const editor = await createActor(payload, 'provincial-editor', { localityCode: '01' })
    const before = await account(editor)
    const answer = await rest.call(editor, 'PATCH', ownAccount(editor), {
      locality: await localityIdByCode(payload, '04'),
    })
    expect(answer.status).toBe(403)
    expect(errorOf(answer.body)?.message).toMatch(/địa bàn phụ trách/)
    expect((await account(editor)).locality).toBe(before.locality)
  })

  it('refuses a unit editor changing their own unit', async () => {
    const editor = await createActor(payload, 'unit-editor', { unitName: 'Công an phường Ba Đình' })
    const before = await account(editor)
    const answer = await rest.call(editor, 'PATCH', ownAccount(editor), {
      unit: await unitIdByName(payload, 'Công an tỉnh Cao Bằng'),
    })
    expect(answer.status).toBe(403)
    expect((await account(editor)).unit).toBe(before.unit)
  })

  it('refuses a user promoting themself, instead of dropping the role silently', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const answer = await rest.call(officer, 'PATCH', ownAccount(officer), { role: 'super-admin' })
    expect(answer.status).toBe(403)
    expect(errorOf(answer.body)?.message).toMatch(/vai trò/)
    expect((await account(officer)).role).toBe('officer')
  })

  it('refuses the same change through the bulk update', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const before = await account(officer)
    const caoBang = await unitIdByName(payload, 'Công an tỉnh Cao Bằng')
    const answer = await rest.call(officer, 'PATCH', `/api/users?where[id][equals]=${officer.user!.id}`, {
      unit: caoBang,
    })
    expect(answer.status).toBe(403)
    expect((await account(officer)).unit).toBe(before.unit)
  })

  it('refuses the super-admin changing their own role, unit or province', async () => {
    const self = await createActor(payload, 'super-admin')
    const answer = await rest.call(self, 'PATCH', ownAccount(self), { role: 'officer' })
    expect(answer.status).toBe(403)
    expect((await account(self)).role).toBe('super-admin')
  })
})

describe('another user’s account', () => {
  it('lets the super-admin move an officer to another unit and make an editor of another province', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const caoBang = await unitIdByName(payload, 'Công an tỉnh Cao Bằng')
    expect((await rest.call(admin, 'PATCH', ownAccount(officer), { unit: caoBang })).status).toBe(200)
    expect((await account(officer)).unit).toBe(caoBang)
    const editor = await createActor(payload, 'provincial-editor', { localityCode: '01' })
    const province = await localityIdByCode(payload, '04')
    expect((await rest.call(admin, 'PATCH', ownAccount(editor), { locality: province })).status).toBe(200)
    expect((await account(editor)).locality).toBe(province)
  })

  it('lets nobody but the super-admin change another account', async () => {
    const officer = await createActor(payload, 'officer', { unitName: 'Công an phường Ba Đình' })
    const editor = await createActor(payload, 'provincial-editor', { localityCode: '01' })
    const answer = await rest.call(editor, 'PATCH', ownAccount(officer), {
      unit: await unitIdByName(payload, 'Công an tỉnh Cao Bằng'),
    })
    expect(answer.status).toBeGreaterThanOrEqual(403)
    expect((await account(officer)).unit).toBe(await unitIdByName(payload, 'Công an phường Ba Đình'))
  })
})
