export const ARTICLE_CATEGORIES = [
  { value: 'NEWS', label: 'Tin tức' },
  { value: 'SCAM_WARNING', label: 'Cảnh báo lừa đảo' },
  { value: 'CYBER_HOT_NEWS', label: 'Tin nóng trên không gian mạng' },
  { value: 'GUIDANCE', label: 'Hướng dẫn' },
  { value: 'ANNOUNCEMENT', label: 'Thông báo' },
] as const
