/** A Locality as the gateway hands it to this subgraph: only its key. */
export type LocalityRef = { code: string }
