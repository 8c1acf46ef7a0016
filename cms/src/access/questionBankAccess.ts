import type { Access } from 'payload'
import { NATIONAL_QUESTION } from '../quizzes/questionBank.ts'
import { editorScopeOf, scopeWhere } from './editorScope.ts'
import { scopedAccess } from './scopedAccess.ts'

const scoped = scopedAccess({ publicRead: false })

/**
 * The question bank holds the correct answers, so nobody outside the editors reads it (citizens get
 * drawn questions through the quizzes subgraph). Editors read the national bank and their own scope's
 * questions, and change only the latter; national questions are the ministry's.
 */
const read: Access = async ({ req }) => {
  if (!req.user) return false
  const inScope = scopeWhere(await editorScopeOf(req), 'unit')
  if (typeof inScope === 'boolean') return inScope
  return { or: [NATIONAL_QUESTION, inScope] }
}

export const questionBankAccess = { ...scoped, read }
