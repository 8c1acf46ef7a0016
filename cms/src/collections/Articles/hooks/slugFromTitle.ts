import type { FieldHook } from 'payload'
import { foldVietnamese } from '@caunoi/platform'

export function slugify(title: string): string {
  return foldVietnamese(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

/** An article without a slug gets one from its title ("Cảnh báo" → "canh-bao"). */
export const slugFromTitle: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.length > 0) return slugify(value)
  return typeof data?.title === 'string' ? slugify(data.title) : value
}
