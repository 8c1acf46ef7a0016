// The CMS's Payload REST API (login, /api/<collection>, versions, files) as its own process, for
// suites that must see a crash as a crash; the admin's Next.js build serves the same handlers.
import { closeCms, getCms } from '@caunoi/cms'
import { serveCmsRestApi } from '@caunoi/cms/testing'
import { createLogger, runService } from '@caunoi/platform'

const logger = createLogger('cms-rest')
await runService(logger, async () => {
  const payload = await getCms()
  const server = await serveCmsRestApi(payload)
  return {
    url: server.url,
    stop: async () => {
      await server.stop()
      await closeCms(payload)
    },
  }
})
