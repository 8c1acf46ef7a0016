import { describe, expect, it } from '@jest/globals'
import type { Procedure, ProcedureOverride } from '@caunoi/cms'
import { mergeProcedure, type LocalOverride } from '../src/domain/mergeProcedure.ts'

const national = {
  id: 1,
  code: '1.004222',
  title: 'Đăng ký tạm trú',
  field: 'cu-tru',
  fees: '15.000 đồng',
  processingTime: '3 ngày làm việc',
  submitAt: 'Công an cấp xã',
} as Procedure

const override = (
  level: LocalOverride['level'],
  localityCode: string,
  doc: Partial<ProcedureOverride>,
): LocalOverride => ({ level, localityCode, doc: doc as ProcedureOverride })

const officer = { name: 'Nguyễn Văn Hùng', phone: '0912345678' }

describe('merging local versions of a procedure', () => {
  it('returns the national values, each marked NATIONAL, when there is no override', () => {
    const merged = mergeProcedure(national, [], '00004')
    expect(merged).toMatchObject({ fees: '15.000 đồng', submitAt: 'Công an cấp xã', contactOfficers: [] })
    expect(merged.fieldSources).toEqual([
      { field: 'submitAt', level: 'NATIONAL', localityCode: null },
      { field: 'fees', level: 'NATIONAL', localityCode: null },
      { field: 'processingTime', level: 'NATIONAL', localityCode: null },
    ])
  })

  it('takes each field from the most specific level that sets it: commune, then province, then national', () => {
    const merged = mergeProcedure(
      national,
      [
        override('PROVINCE', '01', { fees: '10.000 đồng', submitAt: 'Công an phường nội thành' }),
        override('COMMUNE', '00004', { submitAt: 'Số 1 Đội Cấn', contactOfficers: [officer] }),
      ],
      '00004',
    )
    expect(merged).toMatchObject({
      submitAt: 'Số 1 Đội Cấn',
      fees: '10.000 đồng',
      processingTime: '3 ngày làm việc',
      contactOfficers: [officer],
    })
    const source = (field: string) => merged.fieldSources!.find((s) => s.field === field)
    expect(source('submitAt')).toEqual({ field: 'submitAt', level: 'COMMUNE', localityCode: '00004' })
    expect(source('fees')).toEqual({ field: 'fees', level: 'PROVINCE', localityCode: '01' })
    expect(source('processingTime')?.level).toBe('NATIONAL')
    expect(source('contactOfficers')?.level).toBe('COMMUNE')
  })

  it('lets empty values fall through instead of blanking the field', () => {
    const merged = mergeProcedure(
      national,
      [override('COMMUNE', '00004', { fees: '  ', contactOfficers: [] }), override('PROVINCE', '01', { fees: '' })],
      '00004',
    )
    expect(merged.fees).toBe('15.000 đồng')
    expect(merged.fieldSources!.find((s) => s.field === 'fees')?.level).toBe('NATIONAL')
  })

  it('never changes what is not locally adjustable', () => {
    const merged = mergeProcedure(
      national,
      [override('PROVINCE', '01', { title: 'Tên khác' } as unknown as ProcedureOverride)],
      '01',
    )
    expect(merged.title).toBe('Đăng ký tạm trú')
    expect(merged.code).toBe('1.004222')
  })
})
