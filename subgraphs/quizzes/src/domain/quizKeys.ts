import { createHmac } from 'node:crypto'
import { deriveKey } from '@caunoi/platform'

export type QuizKeys = { phone: Buffer }

/** Keys derived from PAYLOAD_SECRET; changing it makes returning participants look new. */
export function deriveQuizKeys(secret: string): QuizKeys {
  return { phone: deriveKey(secret, 'quizzes', 'participant-phone/v1') }
}

/** A participant's identity without keeping the phone number: a keyed hash of its national form. */
export function hashParticipantPhone(keys: QuizKeys, normalizedPhone: string): string {
  return createHmac('sha256', keys.phone).update(normalizedPhone).digest('hex')
}
