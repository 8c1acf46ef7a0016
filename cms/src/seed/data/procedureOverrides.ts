/** Local versions of demo procedures: the province sets fees and where to go, a ward adds its officers. */
export const DEMO_PROCEDURE_OVERRIDES = [
  {
    procedure: '1.004222',
    locality: '01',
    unit: 'ca-hn',
    submitAt: 'Công an phường, xã nơi dự kiến tạm trú trên địa bàn Hà Nội; hoặc trực tuyến trên VNeID',
    processingTime: '2 ngày làm việc',
    note: 'Công an Hà Nội tiếp nhận cả sáng thứ Bảy tại các phường nội thành.',
  },
  {
    procedure: '1.004222',
    locality: '00004',
    unit: 'ca-ba-dinh',
    submitAt: 'Trụ sở Công an phường Ba Đình, số 1 Đội Cấn',
    contactOfficers: [
      { name: 'Nguyễn Văn Hùng', title: 'Trung úy, cán bộ quản lý cư trú', phone: '0912 345 678', unit: 'ca-ba-dinh' },
    ],
  },
  {
    procedure: '1.004222',
    locality: '04',
    unit: 'ca-cb',
    fees: '15.000 đồng; miễn lệ phí cho người thuộc hộ nghèo, đồng bào dân tộc thiểu số ở xã đặc biệt khó khăn',
    contactOfficers: [
      { name: 'Nông Thị Lan', title: 'Đại úy, Phòng Cảnh sát QLHC về TTXH', phone: '0206 385 2345', unit: 'ca-cb' },
    ],
  },
  {
    procedure: '1.011690',
    locality: '33',
    unit: 'ca-hy',
    submitAt: 'Công an cấp xã; điểm cấp căn cước lưu động tại các xã thuộc tỉnh Thái Bình cũ',
    note: 'Người dân tỉnh Thái Bình cũ tiếp tục làm thủ tục tại Công an xã, phường nơi cư trú như trước.',
  },
] as const
