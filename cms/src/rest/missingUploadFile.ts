import { stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import type { CollectionConfig, CollectionSlug, PayloadRequest, UploadConfig } from 'payload'
import { notFoundResponse } from './notFound.ts'

type Args = { params: { collection: string; filename: string } }
type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/** Payload answers 500 when a stored file is gone from the disk; a missing file is a 404. */
async function missingFileNotFound(req: PayloadRequest, { params }: Args): Promise<Response | void> {
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  const dir = resolve((upload && upload.staticDir) || params.collection)
  const path = resolve(dir, params.filename)
  // Paths outside the folder are refused by Payload right after the handlers run.
  if (!path.startsWith(dir + sep)) return
  const found = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  )
  if (!found) return notFoundResponse('Không tìm thấy tệp.')
}

/** Every upload collection's file route (`/api/<slug>/file/<name>`) answers 404 for a missing file. */
export function withMissingFileNotFound(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload) return collection
  const upload = collection.upload === true ? {} : collection.upload
  return {
    ...collection,
    upload: { ...upload, handlers: [...(upload.handlers ?? []), missingFileNotFound as UploadHandler] },
  }
}
