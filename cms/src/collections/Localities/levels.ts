/** Administrative levels after the 2025 reform, plus the pre-2025 district kept for legacy codes. */
export const LOCALITY_LEVELS = [
  { value: 'PROVINCE', label: 'Tỉnh / Thành phố' },
  { value: 'COMMUNE', label: 'Xã' },
  { value: 'WARD', label: 'Phường' },
  { value: 'SPECIAL_ZONE', label: 'Đặc khu' },
  { value: 'DISTRICT', label: 'Quận / Huyện (trước 2025)' },
] as const
export type LocalityLevel = (typeof LOCALITY_LEVELS)[number]['value']
