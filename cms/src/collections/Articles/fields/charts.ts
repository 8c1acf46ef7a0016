import type { Field } from 'payload'

/** Charts as data, not pictures: clients draw them (mini app, portal) and screen readers read them. */
export const chartsField: Field = {
  name: 'charts',
  label: 'Biểu đồ',
  type: 'array',
  labels: { singular: 'Biểu đồ', plural: 'Biểu đồ' },
  fields: [
    { name: 'title', label: 'Tiêu đề biểu đồ', type: 'text', required: true },
    {
      name: 'kind',
      label: 'Dạng',
      type: 'select',
      required: true,
      defaultValue: 'BAR',
      options: [
        { value: 'BAR', label: 'Cột' },
        { value: 'LINE', label: 'Đường' },
        { value: 'PIE', label: 'Tròn' },
      ],
    },
    { name: 'unit', label: 'Đơn vị tính', type: 'text' },
    {
      name: 'series',
      label: 'Chuỗi số liệu',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'name', label: 'Tên chuỗi', type: 'text', required: true },
        {
          name: 'points',
          label: 'Điểm dữ liệu',
          type: 'array',
          minRows: 1,
          fields: [
            { name: 'label', label: 'Nhãn', type: 'text', required: true },
            { name: 'value', label: 'Giá trị', type: 'number', required: true },
          ],
        },
      ],
    },
  ],
}
