/** Demo provinces: Hà Nội, Cao Bằng and Hưng Yên (which absorbed Thái Bình in 2025). */
export const DEMO_PROVINCE_CODES = ['01', '04', '33'] as const
