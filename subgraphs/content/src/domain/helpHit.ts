/** A search hit; the entity behind it is loaded only if the client asks for it. */
export type HelpHitModel = {
  kind: 'PROCEDURE' | 'HANDBOOK' | 'ARTICLE'
  title: string
  snippet: string | null
  score: number
  link: string
  refId: number
  refKey: string
  /** The locality the search was for, so a procedure hit shows that locality's version. */
  localityCode: string | null
}
