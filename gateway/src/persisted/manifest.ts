import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { ConfigError } from '@caunoi/platform'

/** Apollo's persisted query manifest format, as generated from the first-party clients' code. */
type ManifestFile = {
  format: 'apollo-persisted-query-manifest'
  version: 1
  operations: { id: string; name: string; type: string; body: string }[]
}

/** Registered operations by the SHA-256 of their text (the hash APQ clients send). */
export type OperationManifest = ReadonlyMap<string, string>

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Reads a manifest, refusing one whose ids do not match their bodies: a tampered or stale
 * manifest would otherwise let an unregistered text run under a registered id.
 */
export function readOperationManifest(path: string): OperationManifest {
  let file: ManifestFile
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ManifestFile
  } catch (error) {
    throw new ConfigError(`gateway: cannot read the operation manifest ${path}: ${(error as Error).message}`)
  }
  if (file.format !== 'apollo-persisted-query-manifest' || !Array.isArray(file.operations)) {
    throw new ConfigError(`gateway: ${path} is not an apollo-persisted-query-manifest`)
  }
  const operations = new Map<string, string>()
  for (const operation of file.operations) {
    if (sha256Hex(operation.body) !== operation.id) {
      throw new ConfigError(`gateway: operation "${operation.name}" in ${path} has an id that is not its SHA-256`)
    }
    operations.set(operation.id, operation.body)
  }
  return operations
}
