/** Kinds of official channels a unit may have verified. */
export const CHANNEL_KINDS = [
  { value: 'ZALO_OA', label: 'Zalo Official Account' },
  { value: 'MINI_APP', label: 'Zalo Mini App' },
  { value: 'WEB_DOMAIN', label: 'Trang web' },
  { value: 'FACEBOOK', label: 'Trang Facebook' },
  { value: 'PHONE', label: 'Số điện thoại' },
] as const
