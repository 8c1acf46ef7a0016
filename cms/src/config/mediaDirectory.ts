import { join } from 'node:path'
import { findRepoRoot } from '@caunoi/platform'

/** Uploaded files live on disk beside the embedded database (.data/media) unless MEDIA_DIR says otherwise. */
export function mediaDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.MEDIA_DIR ?? join(findRepoRoot(), '.data', 'media')
}
