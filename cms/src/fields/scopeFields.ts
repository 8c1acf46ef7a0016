import type { Field } from 'payload'
import { provinceCodeField } from './scopeKeys.ts'

/** Locality, owning unit and derived province code: the keys editor scoping works on. */
export function scopeFields(options: { localityRequired: boolean; nationalHint?: string }): Field[] {
  return [
    {
      name: 'locality',
      label: 'Địa bàn',
      type: 'relationship',
      relationTo: 'localities',
      required: options.localityRequired,
      index: true,
      admin: { position: 'sidebar', description: options.nationalHint },
    },
    {
      name: 'unit',
      label: 'Đơn vị',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      admin: { position: 'sidebar' },
    },
    provinceCodeField,
  ]
}
