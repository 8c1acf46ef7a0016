import type { Procedure } from '../../payload-types.ts'

type DemoProcedure = Pick<Procedure, 'code' | 'title' | 'field' | 'summary' | 'fees' | 'processingTime'> & {
  requiredDocuments: { name: string; copies: number }[]
  /** Codes of the localities where it applies; none means national. */
  localities?: string[]
}

/** Demo procedures (TTHC) as published by the Ministry; codes follow the national database format. */
export const DEMO_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.011690',
    title: 'Cấp thẻ căn cước cho công dân từ đủ 14 tuổi trở lên',
    field: 'can-cuoc',
    summary: 'Công dân Việt Nam từ đủ 14 tuổi trở lên làm thủ tục cấp thẻ căn cước gắn chíp, thu nhận sinh trắc học.',
    requiredDocuments: [
      { name: 'Không yêu cầu giấy tờ nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư', copies: 1 },
    ],
    fees: 'Miễn lệ phí lần đầu; cấp đổi 30.000 đồng; cấp lại 50.000 đồng',
    processingTime: '7 ngày làm việc',
  },
  {
    code: '1.011691',
    title: 'Cấp đổi thẻ căn cước',
    field: 'can-cuoc',
    summary: 'Cấp đổi thẻ căn cước khi đủ tuổi, thay đổi thông tin, thẻ bị hư hỏng.',
    requiredDocuments: [{ name: 'Thẻ căn cước hoặc căn cước công dân đang sử dụng', copies: 1 }],
    fees: '30.000 đồng (nộp trực tuyến được giảm 50%)',
    processingTime: '7 ngày làm việc',
  },
  {
    code: '1.004194',
    title: 'Đăng ký thường trú',
    field: 'cu-tru',
    summary: 'Đăng ký thường trú tại chỗ ở hợp pháp thuộc quyền sở hữu hoặc do người khác cho ở nhờ, thuê, mượn.',
    requiredDocuments: [
      { name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', copies: 1 },
      { name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', copies: 1 },
    ],
    fees: '20.000 đồng (nộp trực tuyến 10.000 đồng)',
    processingTime: '7 ngày làm việc',
  },
  {
    code: '1.004222',
    title: 'Đăng ký tạm trú',
    field: 'cu-tru',
    summary:
      'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi đã đăng ký thường trú từ 30 ngày trở lên.',
    requiredDocuments: [
      { name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)', copies: 1 },
      { name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', copies: 1 },
    ],
    fees: '15.000 đồng (nộp trực tuyến 7.000 đồng)',
    processingTime: '3 ngày làm việc',
  },
  {
    code: '1.004206',
    title: 'Thông báo lưu trú',
    field: 'cu-tru',
    summary: 'Thông báo việc lưu trú của người đến ở qua đêm tại cơ sở lưu trú, nhà ở của gia đình.',
    requiredDocuments: [
      { name: 'Thông tin người lưu trú (họ tên, số định danh cá nhân, thời gian lưu trú)', copies: 1 },
    ],
    fees: 'Không',
    processingTime: 'Ngay trong ngày',
  },
  {
    code: '2.002272',
    title: 'Cấp hộ chiếu phổ thông ở trong nước',
    field: 'xuat-nhap-canh',
    summary: 'Công dân Việt Nam ở trong nước đề nghị cấp hộ chiếu phổ thông có gắn chíp điện tử.',
    requiredDocuments: [
      { name: 'Tờ khai đề nghị cấp hộ chiếu (mẫu TK01)', copies: 1 },
      { name: 'Ảnh chân dung mới chụp không quá 6 tháng', copies: 2 },
    ],
    fees: '200.000 đồng',
    processingTime: '8 ngày làm việc',
  },
  {
    code: '1.012261',
    title: 'Đăng ký xe lần đầu',
    field: 'dang-ky-xe',
    summary:
      'Đăng ký, cấp biển số xe mô tô, xe gắn máy, ô tô lần đầu; có thể thực hiện toàn trình trên Cổng dịch vụ công.',
    requiredDocuments: [
      { name: 'Giấy khai đăng ký xe', copies: 1 },
      { name: 'Chứng từ nguồn gốc xe, chứng từ chuyển quyền sở hữu, chứng từ lệ phí trước bạ', copies: 1 },
    ],
    fees: 'Theo Thông tư 60/2023/TT-BTC, tùy loại xe và khu vực',
    processingTime: 'Cấp biển ngay; chứng nhận đăng ký trong 2 ngày làm việc',
    localities: ['01'],
  },
  {
    code: '1.009892',
    title: 'Thẩm định thiết kế về phòng cháy và chữa cháy',
    field: 'pccc',
    summary: 'Thẩm định hồ sơ thiết kế về phòng cháy và chữa cháy đối với dự án, công trình thuộc diện phải thẩm định.',
    requiredDocuments: [
      { name: 'Văn bản đề nghị thẩm định thiết kế về phòng cháy và chữa cháy', copies: 1 },
      { name: 'Hồ sơ thiết kế kỹ thuật có thể hiện nội dung phòng cháy và chữa cháy', copies: 1 },
    ],
    fees: 'Theo dự toán công trình (Thông tư 258/2016/TT-BTC)',
    processingTime: '15 ngày làm việc',
  },
]
