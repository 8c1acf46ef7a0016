import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { Kind, parse } from 'graphql'
import { contentTypeDefs } from '../src/server.ts'
import { contentExecutor } from './executeContent.ts'

/** Answers that depend on who asks or must be fresh to the second are never cached. */
const UNCACHED_TYPES = new Set(['Query', 'Mutation', 'ChannelVerification'])

let cms: TestCms
let content: Awaited<ReturnType<typeof contentExecutor>>

beforeAll(async () => {
  cms = await createTestCms()
  content = await contentExecutor(cms.payload)
}, 60_000)

afterAll(async () => {
  await content?.stop()
  await cms?.destroy()
})

describe('cache hints for the gateway’s response cache', () => {
  it('gives every public content type a hint: one type without one makes a whole answer uncacheable', () => {
    const document = parse(contentTypeDefs)
    const unhinted = document.definitions
      .filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
      .filter((definition) => !definition.directives?.some((directive) => directive.name.value === 'cacheControl'))
      .map((definition) => definition.name.value)
      .filter((name) => !UNCACHED_TYPES.has(name))
    expect(unhinted).toEqual([])
  })

  it('lets searches, handbook pages and full procedure details be cached publicly', async () => {
    const answers = await Promise.all([
      content.run(`{ searchHelp(q: "dang ky tam tru", localityCode: "00004") { kind title link procedure { code } } }`),
      content.run(`{ handbookConnection(first: 2) { edges { node { question } } pageInfo { hasNextPage } } }`),
      content.run(
        `{ procedure(code: "1.004222", localityCode: "00004") { title steps { title } contactOfficers { name } fieldSources { field level } } }`,
      ),
    ])
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined()
      expect(answer.cacheControl).toBe('max-age=300, public')
    }
  })

  it('never caches a channel check', async () => {
    const answer = await content.run(`{ verifyChannel(url: "https://example.com") { official advice } }`)
    expect(answer.errors).toBeUndefined()
    expect(answer.cacheControl).toBe('no-store')
  })
})
