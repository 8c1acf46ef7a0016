import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { incrementArticleCounter } from '../src/domain/incrementArticleCounter.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'

let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms({ seed: false })
}, 60_000)

afterAll(async () => {
  await cms?.destroy()
})

describe('article view and share counters', () => {
  it('counts every one of 200 concurrent views and 50 shares, none lost', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      data: { title: 'Bài đếm lượt xem', category: 'NEWS', _status: 'published' },
    })
    await Promise.all([
      ...Array.from({ length: 200 }, () => incrementArticleCounter(cms.payload, article.id, 'views')),
      ...Array.from({ length: 50 }, () => incrementArticleCounter(cms.payload, article.id, 'shares')),
    ])
    const { docs } = await cms.payload.find({
      collection: 'articleCounters',
      where: { article: { equals: article.id } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ views: 200, shares: 50 })
  })

  it('keeps the counts when an older version of the article is published again', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      data: { title: 'Bài có nhiều phiên bản', category: 'NEWS', _status: 'published' },
    })
    await incrementArticleCounter(cms.payload, article.id, 'views')
    await cms.payload.update({ collection: 'articles', id: article.id, data: { summary: 'Sửa', _status: 'published' } })
    expect(await incrementArticleCounter(cms.payload, article.id, 'views')).toEqual({ views: 2, shares: 0 })
  })
})
