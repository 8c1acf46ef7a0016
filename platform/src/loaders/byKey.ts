/** Returns rows in the order of the keys, null where missing: DataLoader's contract. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]))
  return keys.map((key) => map.get(key) ?? null)
}
