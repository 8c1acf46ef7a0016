/* From Payload's blank template (3.x). No GraphQL route: Payload's GraphQL is off, the gateway serves ours. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { answerRest } from '../../../../rest/answerRest.ts'

// answerRest: 404 in Vietnamese for missing things Payload would answer with a 500.
export const GET = answerRest(config, REST_GET(config))
export const POST = answerRest(config, REST_POST(config))
export const DELETE = answerRest(config, REST_DELETE(config))
export const PATCH = answerRest(config, REST_PATCH(config))
export const PUT = answerRest(config, REST_PUT(config))
export const OPTIONS = answerRest(config, REST_OPTIONS(config))
