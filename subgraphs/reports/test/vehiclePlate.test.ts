import { describe, expect, it } from '@jest/globals'
import { normalizeVehiclePlate } from '../src/domain/vehiclePlate.ts'

describe('vehicle plates', () => {
  it.each([
    ['30a12345', '30A-123.45'],
    ['30A-123.45', '30A-123.45'],
    ['30A 123 45', '30A-123.45'],
    [' 30a-12345 ', '30A-123.45'],
    ['51F-1234', '51F-1234'],
    ['30LD-123.45', '30LD-123.45'],
    ['29-B1 123.45', '29B1-123.45'],
    ['29B112345', '29B1-123.45'],
    ['59-x1 234.56', '59X1-234.56'],
    ['30A1-2345', '30A1-2345'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeVehiclePlate(input)).toBe(expected)
  })

  it.each([
    [''],
    ['12345'], // no series
    ['ABC-123.45'], // no province
    ['05A-123.45'], // province numbers start at 11
    ['30A-123'], // number too short
    ['30A-1234567'], // number too long
    ['30ABC-123.45'], // three letters
    ['30A12-345'], // digits split in no known way
    ['biển số 30A'],
  ])('rejects %j', (input) => {
    expect(normalizeVehiclePlate(input)).toBeNull()
  })
})
