import type { Field } from 'payload'

/** Derived province code (see deriveScopeKeys): filterable in list views, never typed by hand. */
export const provinceCodeField: Field = {
  name: 'provinceCode',
  label: 'Mã tỉnh',
  type: 'text',
  index: true,
  admin: { readOnly: true, position: 'sidebar' },
}
