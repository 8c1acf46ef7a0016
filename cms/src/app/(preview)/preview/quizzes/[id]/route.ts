/* The admin's quiz preview button; the logic lives in src/quizzes. */
import config from '@payload-config'
import { getPayload } from 'payload'
import { quizPreviewRoute } from '../../../../../quizzes/quizPreviewRoute.ts'

export const dynamic = 'force-dynamic'

export const GET = quizPreviewRoute(() => getPayload({ config }))
