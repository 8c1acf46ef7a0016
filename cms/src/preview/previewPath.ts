/** Collections the admin can preview as citizens (or quiz takers) would see them. */
export const PREVIEWABLE_COLLECTIONS = ['articles', 'quizzes'] as const
export type PreviewableCollection = (typeof PREVIEWABLE_COLLECTIONS)[number]

export const isPreviewable = (slug: string): slug is PreviewableCollection =>
  (PREVIEWABLE_COLLECTIONS as readonly string[]).includes(slug)

/** Where the CMS's own Next app serves the preview of a document (app/preview/[collection]/[id]). */
export function previewPath(collection: PreviewableCollection, id: number | string): string {
  return `/preview/${collection}/${encodeURIComponent(String(id))}`
}

/** For `admin.preview`: a link once the document has been saved (it has an id), none before. */
export const previewLinkFor =
  (collection: PreviewableCollection) =>
  (doc: Record<string, unknown>): string | null =>
    typeof doc?.id === 'number' || typeof doc?.id === 'string' ? previewPath(collection, doc.id) : null
