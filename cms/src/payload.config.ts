// The config the Payload CLI and the Next.js admin load (via the "@payload-config" path).
import { readCmsEnv } from './config/cmsEnv.ts'
import { createPayloadConfig } from './config/createPayloadConfig.ts'

export default createPayloadConfig(readCmsEnv())
