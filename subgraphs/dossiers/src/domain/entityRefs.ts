/** Entities owned by the content subgraph, as the gateway hands them here: only their keys. */
export type UnitRef = { id: string }
export type ProcedureRef = { code: string }
export type LocalityRef = { code: string }
