// Partner systems number dossiers their own way ("000.00.04.H26-250101-0001", "HS-00004-250001").
const DOSSIER_CODE = /^[A-Z0-9][A-Z0-9.\-_/]{2,63}$/

/** The canonical form of a dossier code (trimmed, upper case), or null when it cannot be one. */
export function normalizeDossierCode(input: string): string | null {
  const code = input.trim().toUpperCase()
  return DOSSIER_CODE.test(code) ? code : null
}
