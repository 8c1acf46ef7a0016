import type { FilterOptionsProps, Where } from 'payload'
import { relationId } from '../../domain/relationId.ts'
import { questionBankOf } from '../../quizzes/questionBank.ts'

/**
 * A quiz's own question set comes from its bank (national, plus its province's questions): the
 * admin offers only those, and saving a published quiz with any other question is refused.
 * Reads the locality, not the derived province code, which is set only after validation.
 */
export async function questionsInBank({ data, req }: FilterOptionsProps): Promise<Where> {
  const id = relationId((data as { locality?: unknown } | undefined)?.locality)
  if (id === null) return questionBankOf(null)
  const locality = await req.payload.findByID({
    collection: 'localities',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return questionBankOf(locality ? (locality.provinceCode ?? locality.code) : null)
}
