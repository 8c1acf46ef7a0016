// A citizen must be reachable: mobiles (03x, 05x, 07x, 08x, 09x) and landlines (02xx since 2017).
const MOBILE = /^0[35789]\d{8}$/
const LANDLINE = /^02\d{9}$/
// Citizen identity cards (căn cước) carry 12 digits; the older ID cards (CMND) 9.
const ID_NUMBER = /^(\d{9}|\d{12})$/

/**
 * A Vietnamese phone number in its national form ("0912345678"), from what people type:
 * "0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678". Null when it is not one.
 */
export function normalizeVietnamesePhone(input: string): string | null {
  let digits = input.replace(/[\s.\-()]/g, '')
  if (digits.startsWith('+84')) digits = '0' + digits.slice(3)
  else if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) digits = '0' + digits.slice(2)
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : null
}

/** A personal identification number (số định danh cá nhân / CMND) without spaces or dots, or null. */
export function normalizeIdNumber(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '')
  return ID_NUMBER.test(digits) ? digits : null
}
