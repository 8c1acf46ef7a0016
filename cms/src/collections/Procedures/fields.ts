/** Fields (lĩnh vực) of public-security procedures; the value is the stable key clients filter by. */
export const PROCEDURE_FIELDS = [
  { value: 'can-cuoc', label: 'Căn cước' },
  { value: 'cu-tru', label: 'Cư trú' },
  { value: 'dang-ky-xe', label: 'Đăng ký, quản lý phương tiện giao thông' },
  { value: 'pccc', label: 'Phòng cháy, chữa cháy' },
  { value: 'xuat-nhap-canh', label: 'Xuất nhập cảnh' },
  { value: 'an-ninh-trat-tu', label: 'Quản lý ngành nghề kinh doanh có điều kiện về an ninh, trật tự' },
] as const

export function procedureFieldLabel(value: string): string {
  return PROCEDURE_FIELDS.find((f) => f.value === value)?.label ?? value
}

/** Online public service level (mức độ dịch vụ công trực tuyến) under Nghị định 42/2022/NĐ-CP. */
export const ONLINE_LEVELS = [
  { value: 'FULL', label: 'Toàn trình' },
  { value: 'PARTIAL', label: 'Một phần' },
  { value: 'NONE', label: 'Chưa trực tuyến' },
] as const
