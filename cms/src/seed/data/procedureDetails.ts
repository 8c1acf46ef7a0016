import type { Procedure } from '../../payload-types.ts'

type Details = Pick<Procedure, 'onlineLevel' | 'submitAt' | 'effectiveFrom'> & {
  steps: { title: string; description?: string }[]
  legalBasis: { document: string }[]
}

const RESIDENCE_LAW = { document: 'Luật Cư trú số 68/2020/QH14' }
const RESIDENCE_DECREE = { document: 'Nghị định 154/2024/NĐ-CP quy định chi tiết một số điều của Luật Cư trú' }
const ID_LAW = { document: 'Luật Căn cước số 26/2023/QH15' }
const ONLINE_STEPS = [
  { title: 'Nộp hồ sơ', description: 'Nộp trực tuyến trên Cổng dịch vụ công quốc gia, ứng dụng VNeID hoặc trực tiếp.' },
  { title: 'Tiếp nhận, kiểm tra hồ sơ', description: 'Cán bộ kiểm tra, hướng dẫn bổ sung nếu hồ sơ chưa đầy đủ.' },
  { title: 'Nhận kết quả', description: 'Nhận kết quả qua VNeID, bưu chính hoặc tại nơi nộp hồ sơ.' },
]

/** Steps, legal basis and online level of each demo procedure, by national code. */
export const PROCEDURE_DETAILS: Record<string, Details> = {
  '1.011690': {
    onlineLevel: 'PARTIAL',
    submitAt: 'Công an cấp xã hoặc Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an cấp tỉnh',
    effectiveFrom: '2024-07-01T00:00:00.000Z',
    steps: [
      { title: 'Đặt lịch hẹn', description: 'Đặt lịch trên VNeID hoặc Cổng dịch vụ công (không bắt buộc).' },
      { title: 'Thu nhận thông tin, sinh trắc học', description: 'Chụp ảnh, thu nhận vân tay và mống mắt.' },
      { title: 'Nhận thẻ căn cước', description: 'Tại nơi làm thủ tục hoặc qua bưu chính.' },
    ],
    legalBasis: [ID_LAW, { document: 'Nghị định 70/2024/NĐ-CP quy định chi tiết Luật Căn cước' }],
  },
  '1.011691': {
    onlineLevel: 'PARTIAL',
    submitAt: 'Công an cấp xã nơi cư trú',
    effectiveFrom: '2024-07-01T00:00:00.000Z',
    steps: ONLINE_STEPS,
    legalBasis: [ID_LAW, { document: 'Thông tư 59/2024/TT-BTC về lệ phí cấp căn cước' }],
  },
  '1.004194': {
    onlineLevel: 'FULL',
    submitAt: 'Công an cấp xã nơi có chỗ ở hợp pháp',
    effectiveFrom: '2021-07-01T00:00:00.000Z',
    steps: ONLINE_STEPS,
    legalBasis: [RESIDENCE_LAW, RESIDENCE_DECREE],
  },
  '1.004222': {
    onlineLevel: 'FULL',
    submitAt: 'Công an cấp xã nơi dự kiến tạm trú',
    effectiveFrom: '2021-07-01T00:00:00.000Z',
    steps: ONLINE_STEPS,
    legalBasis: [RESIDENCE_LAW, RESIDENCE_DECREE],
  },
  '1.004206': {
    onlineLevel: 'FULL',
    submitAt: 'Công an cấp xã nơi có cơ sở lưu trú; qua VNeID hoặc điện thoại',
    effectiveFrom: '2021-07-01T00:00:00.000Z',
    steps: [{ title: 'Thông báo lưu trú', description: 'Trước 23 giờ cùng ngày người đến lưu trú.' }],
    legalBasis: [RESIDENCE_LAW],
  },
  '2.002272': {
    onlineLevel: 'FULL',
    submitAt: 'Phòng Quản lý xuất nhập cảnh Công an cấp tỉnh hoặc Cục Quản lý xuất nhập cảnh',
    effectiveFrom: '2020-07-01T00:00:00.000Z',
    steps: ONLINE_STEPS,
    legalBasis: [{ document: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14' }],
  },
  '1.012261': {
    onlineLevel: 'FULL',
    submitAt: 'Công an cấp xã hoặc Phòng Cảnh sát giao thông Công an cấp tỉnh',
    effectiveFrom: '2025-01-01T00:00:00.000Z',
    steps: ONLINE_STEPS,
    legalBasis: [{ document: 'Thông tư 79/2024/TT-BCA quy định về cấp, thu hồi chứng nhận đăng ký, biển số xe' }],
  },
  '1.009892': {
    onlineLevel: 'PARTIAL',
    submitAt: 'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an cấp tỉnh',
    effectiveFrom: '2025-07-01T00:00:00.000Z',
    steps: ONLINE_STEPS,
    legalBasis: [{ document: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15' }],
  },
}
