/* Preview pages for the admin's preview button (articles, quizzes); the logic lives in src/preview. */
import config from '@payload-config'
import { getPayload } from 'payload'
import { previewRoute } from '../../../../preview/previewRoute.ts'

export const dynamic = 'force-dynamic'

export const GET = previewRoute(() => getPayload({ config }))
