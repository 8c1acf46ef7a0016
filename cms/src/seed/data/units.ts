/** Demo police units; `key` links hotlines to units within the seed only. */
export const DEMO_UNITS = [
  {
    key: 'ca-hn',
    name: 'Công an thành phố Hà Nội',
    kind: 'PROVINCIAL_POLICE',
    locality: '01',
    address: '87 Trần Hưng Đạo, phường Cửa Nam, Hà Nội',
  },
  {
    key: 'csgt-hn',
    name: 'Phòng Cảnh sát giao thông - Công an thành phố Hà Nội',
    kind: 'DEPARTMENT',
    locality: '01',
    parent: 'ca-hn',
    address: '86 Lý Thường Kiệt, phường Cửa Nam, Hà Nội',
  },
  { key: 'ca-ba-dinh', name: 'Công an phường Ba Đình', kind: 'COMMUNE_POLICE', locality: '00004', parent: 'ca-hn' },
  { key: 'ca-hoan-kiem', name: 'Công an phường Hoàn Kiếm', kind: 'COMMUNE_POLICE', locality: '00070', parent: 'ca-hn' },
  {
    key: 'ca-cb',
    name: 'Công an tỉnh Cao Bằng',
    kind: 'PROVINCIAL_POLICE',
    locality: '04',
    address: 'Phường Thục Phán, tỉnh Cao Bằng',
  },
  { key: 'ca-thuc-phan', name: 'Công an phường Thục Phán', kind: 'COMMUNE_POLICE', locality: '01273', parent: 'ca-cb' },
  {
    key: 'ca-hy',
    name: 'Công an tỉnh Hưng Yên',
    kind: 'PROVINCIAL_POLICE',
    locality: '33',
    address: 'Phường Phố Hiến, tỉnh Hưng Yên',
  },
  { key: 'ca-pho-hien', name: 'Công an phường Phố Hiến', kind: 'COMMUNE_POLICE', locality: '11953', parent: 'ca-hy' },
] as const

/** Demo hotlines. 113 and 114 are the real national numbers; the others are demo numbers. */
export const DEMO_HOTLINES = [
  { name: 'Cảnh sát phản ứng nhanh', number: '113', locality: '01', unit: 'ca-hn', sortOrder: 0 },
  { name: 'Cứu nạn, cứu hộ, phòng cháy chữa cháy', number: '114', locality: '01', unit: 'ca-hn', sortOrder: 1 },
  {
    name: 'Đường dây nóng Công an thành phố Hà Nội',
    number: '0243 942 4227',
    locality: '01',
    unit: 'ca-hn',
    sortOrder: 2,
  },
  {
    name: 'Đường dây nóng Cảnh sát giao thông Hà Nội',
    number: '0243 942 4567',
    locality: '01',
    unit: 'csgt-hn',
    sortOrder: 3,
  },
  { name: 'Công an phường Ba Đình', number: '0243 823 1234', locality: '00004', unit: 'ca-ba-dinh', sortOrder: 0 },
  { name: 'Công an phường Hoàn Kiếm', number: '0243 825 5678', locality: '00070', unit: 'ca-hoan-kiem', sortOrder: 0 },
  { name: 'Cảnh sát phản ứng nhanh', number: '113', locality: '04', unit: 'ca-cb', sortOrder: 0 },
  {
    name: 'Đường dây nóng Công an tỉnh Cao Bằng',
    number: '0206 385 2345',
    locality: '04',
    unit: 'ca-cb',
    sortOrder: 1,
  },
  { name: 'Công an phường Thục Phán', number: '0206 385 6789', locality: '01273', unit: 'ca-thuc-phan', sortOrder: 0 },
  { name: 'Cảnh sát phản ứng nhanh', number: '113', locality: '33', unit: 'ca-hy', sortOrder: 0 },
  {
    name: 'Đường dây nóng Công an tỉnh Hưng Yên',
    number: '0221 386 1234',
    locality: '33',
    unit: 'ca-hy',
    sortOrder: 1,
  },
  { name: 'Công an phường Phố Hiến', number: '0221 386 5678', locality: '11953', unit: 'ca-pho-hien', sortOrder: 0 },
]

/** Demo routing: traffic violations anywhere in Hà Nội go to its traffic police; the rest follows the default. */
export const DEMO_ROUTING_RULES = [
  {
    type: 'TRAFFIC_VIOLATION',
    locality: '01',
    unit: 'csgt-hn',
    note: 'Vi phạm giao thông trên địa bàn Hà Nội do Phòng CSGT xử lý.',
  },
] as const
