import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, Where } from 'payload'
import { parse } from 'qs-esm'
import { renderToStaticMarkup } from 'react-dom/server'
import { QuickFilters } from '../src/admin/QuickFilters.tsx'
import { listQuery } from '../src/admin/listQuery.ts'
import { QUICK_FILTER_COLLECTIONS, QUICK_FILTERS_COMPONENT, quickFiltersFor } from '../src/admin/quickFilters.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, type Actor } from './support/actors.ts'

let cms: TestCms
let payload: Payload
let hanoi: Actor
let badinh: Actor
let admin: Actor

/** The where a link carries, parsed as Payload's admin parses its URL (qs, depth 10). */
const whereOf = (href: string) => (parse(href.replace(/^[^?]*\?/, ''), { depth: 10 }) as { where?: Where }).where

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  hanoi = await createActor(payload, 'provincial-editor', { localityCode: '01' })
  badinh = await createActor(payload, 'unit-editor', { unitName: 'Công an phường Ba Đình' })
  admin = await createActor(payload, 'super-admin')
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

describe('quick filters above the content lists', () => {
  it('are wired into every content collection and the admin’s import map', () => {
    const importMap = readFileSync(new URL('../src/app/(payload)/admin/importMap.js', import.meta.url), 'utf8')
    expect(importMap).toContain(QUICK_FILTERS_COMPONENT)
    for (const slug of QUICK_FILTER_COLLECTIONS) {
      expect(payload.collections[slug].config.admin.components?.beforeList).toContain(QUICK_FILTERS_COMPONENT)
    }
  })

  it('encode conditions in the or/and shape the filter builder shows', () => {
    const href = listQuery([{ provinceCode: { equals: '01' } }, { _status: { equals: 'draft' } }])
    expect(whereOf(href)).toEqual({
      or: [{ and: [{ provinceCode: { equals: '01' } }, { _status: { equals: 'draft' } }] }],
    })
  })

  it('offer an editor their own scope, and nothing of the kind to the super-admin or on national procedures', () => {
    const mine = { provinceCode: { equals: '01' } }
    const labels = (filters: { label: string }[]) => filters.map((f) => f.label)
    expect(labels(quickFiltersFor('articles', mine))).toEqual(
      expect.arrayContaining(['Tất cả', 'Trong phạm vi của tôi', 'Bản nháp', 'Đã công bố', 'Cảnh báo lừa đảo']),
    )
    expect(labels(quickFiltersFor('articles', true))).not.toContain('Trong phạm vi của tôi')
    expect(labels(quickFiltersFor('procedures', mine))).not.toContain('Trong phạm vi của tôi')
    expect(labels(quickFiltersFor('procedures', true))).toContain('Căn cước')
  })

  it.each(QUICK_FILTER_COLLECTIONS)('are valid queries on %s that narrow the list as they say', async (collection) => {
    for (const actor of [hanoi, badinh, admin]) {
      const html = renderToStaticMarkup(
        await QuickFilters({ collectionSlug: collection, payload, user: actor.user as never }),
      )
      const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
      expect(hrefs[0]).toBe(`/admin/collections/${collection}`)
      for (const href of hrefs) {
        expect(href.startsWith(`/admin/collections/${collection}`)).toBe(true)
        const where = whereOf(href)
        // Every link must run as the list view would run it, for the user who sees it.
        const result = await payload.find({ collection, where, overrideAccess: false, user: actor.user, limit: 5 })
        expect(result.totalDocs).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it('show a provincial editor the documents of their province under “Trong phạm vi của tôi”', async () => {
    const html = renderToStaticMarkup(
      await QuickFilters({ collectionSlug: 'hotlines', payload, user: hanoi.user as never }),
    )
    const mine = [...html.matchAll(/href="([^"]+)"[^>]*>Trong phạm vi của tôi</g)][0]![1]!.replace(/&amp;/g, '&')
    const { docs, totalDocs } = await payload.find({
      collection: 'hotlines',
      where: whereOf(mine),
      pagination: false,
      depth: 0,
    })
    expect(totalDocs).toBeGreaterThan(0)
    expect(docs.every((d) => d.provinceCode === '01')).toBe(true)
  })

  it('show drafts only under “Bản nháp”', async () => {
    const [drafts] = quickFiltersFor('articles', true).filter((f) => f.label === 'Bản nháp')
    const { docs } = await payload.find({ collection: 'articles', where: whereOf(drafts!.href), pagination: false })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((d) => d._status === 'draft')).toBe(true)
  })

  it('tell published patrol plans from unpublished ones, though the URL carries "true" as text', async () => {
    const filters = quickFiltersFor('patrolSchedules', true)
    const run = async (label: string) => {
      const href = filters.find((f) => f.label === label)!.href
      return (await payload.find({ collection: 'patrolSchedules', where: whereOf(href), pagination: false })).docs
    }
    const published = await run('Đã công bố')
    const unpublished = await run('Chưa công bố')
    expect(published.length).toBeGreaterThan(0)
    expect(unpublished.length).toBeGreaterThan(0)
    expect(published.every((d) => d.published === true)).toBe(true)
    expect(unpublished.every((d) => d.published !== true)).toBe(true)
  })
})
