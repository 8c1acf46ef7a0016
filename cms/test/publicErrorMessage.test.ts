import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { APIError, type CollectionBeforeOperationHook, type Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, type Actor } from './support/actors.ts'
import { restClient, type RestClient } from './support/restClient.ts'

let cms: TestCms
let payload: Payload
let rest: RestClient
let editor: Actor

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  rest = await restClient(payload)
  editor = await createActor(payload, 'provincial-editor', { localityCode: '01' })
}, 120_000)

afterAll(async () => {
  await rest?.stop()
  await cms?.destroy()
}, 60_000)

/** Throws a refusal the way the admin's minified bundle leaves it: an APIError whose class name is gone. */
function withNamelessRefusal(status: number, isPublic?: boolean) {
  const hooks = payload.collections.users.config.hooks
  const original = hooks.beforeOperation
  const refuse: CollectionBeforeOperationHook = ({ operation, args }) => {
    if (operation !== 'update') return args
    const error = new APIError('Bạn không thể tự thay đổi đơn vị của tài khoản.', status, null, isPublic)
    error.name = ''
    throw error
  }
  hooks.beforeOperation = [refuse, ...original]
  return () => (hooks.beforeOperation = original)
}

describe('a refusal thrown by one of our hooks in the minified admin', () => {
  it('reaches the client with its Vietnamese reason, not "An unknown error occurred."', async () => {
    const restore = withNamelessRefusal(403, true)
    try {
      const answer = await rest.call(editor, 'PATCH', `/api/users/${editor.user!.id}`, { name: 'Tên mới' })
      expect(answer.status).toBe(403)
      expect(answer.body).toEqual({ errors: [{ message: 'Bạn không thể tự thay đổi đơn vị của tài khoản.' }] })
    } finally {
      restore()
    }
  })

  it('still tells nothing of a server fault', async () => {
    const restore = withNamelessRefusal(500)
    try {
      const answer = await rest.call(editor, 'PATCH', `/api/users/${editor.user!.id}`, { name: 'Tên mới' })
      expect(answer.status).toBe(500)
      expect(answer.text).not.toContain('Bạn không thể')
    } finally {
      restore()
    }
  })
})
