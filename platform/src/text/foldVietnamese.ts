/**
 * Folds Vietnamese text for search: lower case, tone and vowel marks removed, "đ" read as "d",
 * white space collapsed, so "Căn cước" and "can cuoc" meet on the same form.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
