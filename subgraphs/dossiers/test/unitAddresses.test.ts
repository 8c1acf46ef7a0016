import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createUnitAddresses } from '../src/domain/unitAddresses.ts'
import { unitId } from './factories.ts'

let cms: TestCms
let baDinh: string

beforeAll(async () => {
  cms = await createTestCms()
  baDinh = await unitId(cms.payload, 'Công an phường Ba Đình')
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

const setAddress = (address: string) =>
  cms.payload.update({ collection: 'units', id: baDinh, data: { address }, depth: 0 })

describe('unit addresses for counter pickups', () => {
  it('reads a unit’s address, and none for an unknown unit or an id that is no row id', async () => {
    const addresses = createUnitAddresses(cms.payload)
    const { address } = await cms.payload.findByID({ collection: 'units', id: baDinh, depth: 0 })
    expect(await addresses.addressOf(baDinh)).toBe(address ?? null)
    expect(await addresses.addressOf('987654321')).toBeNull()
    expect(await addresses.addressOf('not-a-row')).toBeNull()
  })

  it('serves an address from memory until its time is up, then reads the edited one', async () => {
    await setAddress('Số 1 phố Cũ, Ba Đình, Hà Nội')
    const addresses = createUnitAddresses(cms.payload, { ttlMs: 300 })
    expect(await addresses.addressOf(baDinh)).toBe('Số 1 phố Cũ, Ba Đình, Hà Nội')

    await setAddress('Số 2 phố Mới, Ba Đình, Hà Nội')
    expect(await addresses.addressOf(baDinh)).toBe('Số 1 phố Cũ, Ba Đình, Hà Nội')

    await sleep(400)
    expect(await addresses.addressOf(baDinh)).toBe('Số 2 phố Mới, Ba Đình, Hà Nội')
  })
})
