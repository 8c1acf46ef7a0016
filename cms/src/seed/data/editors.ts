/** Demo staff accounts (password: the demo admin's), one per role and demo province. */
export const DEMO_EDITORS = [
  { email: 'bientap.hanoi@caunoi.local', name: 'Trần Thu Hà', role: 'provincial-editor', locality: '01' },
  { email: 'bientap.caobang@caunoi.local', name: 'Nông Văn Dũng', role: 'provincial-editor', locality: '04' },
  { email: 'bientap.hungyen@caunoi.local', name: 'Phạm Minh Tuấn', role: 'provincial-editor', locality: '33' },
  { email: 'bientap.badinh@caunoi.local', name: 'Lê Quang Vinh', role: 'unit-editor', unit: 'ca-ba-dinh' },
  { email: 'canbo.hanoi@caunoi.local', name: 'Đỗ Thị Mai', role: 'officer', locality: '01', unit: 'ca-hn' },
] as const
