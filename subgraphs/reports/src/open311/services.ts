import type { ReportType } from '../__generated__/resolvers-types.ts'

/** An Open311 GeoReport v2 service: one per report type, the type's name as service_code. */
export type Open311Service = {
  service_code: ReportType
  service_name: string
  description: string
  metadata: boolean
  type: 'realtime'
  keywords: string
  group: string
}

/** An extra field of a service (GET services/{code}.json), sent as attribute[code] on POST. */
export type Open311Attribute = {
  variable: true
  code: string
  datatype: 'string' | 'datetime' | 'singlevaluelist'
  required: boolean
  datatype_description: string | null
  order: number
  description: string
  values?: { key: string; name: string }[]
}

export const OPEN311_SERVICES: readonly Open311Service[] = [
  {
    service_code: 'ADMIN_FEEDBACK',
    service_name: 'Phản ánh, kiến nghị về quy định hành chính',
    description: 'Phản ánh, kiến nghị về quy định, thủ tục hành chính và cách giải quyết của cơ quan công an.',
    metadata: false,
    type: 'realtime',
    keywords: 'phản ánh,kiến nghị,thủ tục hành chính',
    group: 'Phản ánh, kiến nghị',
  },
  {
    service_code: 'CRIME_TIP',
    service_name: 'Tin báo, tố giác tội phạm',
    description:
      'Tin báo, tố giác tội phạm; có thể gửi ẩn danh. Tin báo không bao giờ được công khai, kể cả trong danh sách requests.json.',
    metadata: true,
    type: 'realtime',
    keywords: 'tin báo,tố giác,tội phạm,ẩn danh',
    group: 'An ninh, trật tự',
  },
  {
    service_code: 'TRAFFIC_VIOLATION',
    service_name: 'Vi phạm trật tự, an toàn giao thông',
    description:
      'Vi phạm giao thông: cần biển kiểm soát, địa điểm, thời điểm và ít nhất một ảnh hoặc video (attachment_ids).',
    metadata: true,
    type: 'realtime',
    keywords: 'giao thông,vi phạm,biển kiểm soát,camera',
    group: 'Giao thông',
  },
  {
    service_code: 'PUBLIC_ORDER',
    service_name: 'An ninh, trật tự công cộng',
    description: 'Gây rối, ồn ào, lấn chiếm nơi công cộng và các vụ việc an ninh, trật tự khác.',
    metadata: false,
    type: 'realtime',
    keywords: 'trật tự công cộng,gây rối,ồn ào',
    group: 'An ninh, trật tự',
  },
]

const ATTRIBUTES: Partial<Record<ReportType, Open311Attribute[]>> = {
  CRIME_TIP: [
    {
      variable: true,
      code: 'anonymous',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: null,
      order: 1,
      description: 'Gửi ẩn danh (khi đó không gửi họ tên, số điện thoại, thư điện tử).',
      values: [
        { key: 'true', name: 'Ẩn danh' },
        { key: 'false', name: 'Ghi rõ họ tên' },
      ],
    },
    {
      variable: true,
      code: 'occurred_at',
      datatype: 'datetime',
      required: false,
      datatype_description: 'ISO 8601, ví dụ 2026-11-20T19:30:00+07:00',
      order: 2,
      description: 'Thời điểm xảy ra vụ việc',
    },
  ],
  TRAFFIC_VIOLATION: [
    {
      variable: true,
      code: 'vehicle_plate',
      datatype: 'string',
      required: true,
      datatype_description: 'Ví dụ 30A-123.45',
      order: 1,
      description: 'Biển kiểm soát của phương tiện vi phạm',
    },
    {
      variable: true,
      code: 'occurred_at',
      datatype: 'datetime',
      required: true,
      datatype_description: 'ISO 8601, ví dụ 2026-11-20T07:45:00+07:00',
      order: 2,
      description: 'Thời điểm xảy ra vi phạm',
    },
  ],
}

export function serviceByCode(code: string): Open311Service | undefined {
  return OPEN311_SERVICES.find((service) => service.service_code === code)
}

/** GET services/{code}.json: the attributes a service takes beyond the standard fields. */
export function serviceDefinition(service: Open311Service) {
  return { service_code: service.service_code, attributes: ATTRIBUTES[service.service_code] ?? [] }
}
