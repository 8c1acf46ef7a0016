import type { TextField } from 'payload'

/** Vietnamese phone numbers as dialled: short hotlines (113, 114), landlines and mobiles. */
export const VIETNAMESE_PHONE = /^(\d{3,5}|(0|\+84)\d{9,10})$/

export function normalizePhone(value: string): string {
  return value.replace(/[\s.\-()]/g, '')
}

export function validatePhone(value: unknown): true | string {
  if (typeof value !== 'string') return 'Số điện thoại là bắt buộc.'
  return VIETNAMESE_PHONE.test(normalizePhone(value)) ? true : 'Số điện thoại không hợp lệ.'
}

/** A phone number field, normalised before validation so "024 3942.4227" is stored as digits. */
export function vietnamesePhoneField(options: { name: string; label: string; required?: boolean }): TextField {
  return {
    ...options,
    type: 'text',
    validate: validatePhone,
    hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizePhone(value) : value)] },
  }
}
