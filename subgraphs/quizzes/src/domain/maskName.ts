/**
 * The name shown on leaderboards: the family name in full, every other word as an initial
 * ("Nguyễn Văn An" → "Nguyễn V. A."), so neighbours recognise a winner without a full name going public.
 */
export function maskName(fullName: string): string {
  const [family, ...rest] = fullName.trim().split(/\s+/).filter(Boolean)
  if (!family) return 'Ẩn danh'
  return [family, ...rest.map((word) => `${[...word][0]!.toLocaleUpperCase('vi')}.`)].join(' ')
}
