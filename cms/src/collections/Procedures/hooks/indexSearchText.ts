import type { CollectionBeforeChangeHook } from 'payload'
import { foldVietnamese } from '@caunoi/platform'

type ProcedureData = { code?: string; title?: string; summary?: string | null }

/** Stores a diacritic-free copy of the searchable text, so "thuong tru" finds "thường trú". */
export const indexSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const next = { ...(originalDoc as ProcedureData | undefined), ...(data as ProcedureData) }
  data.searchText = foldVietnamese([next.code, next.title, next.summary].filter(Boolean).join(' '))
  return data
}
