import type { Access, Where } from 'payload'
import { editorScopeOf, scopeWhere } from './editorScope.ts'
import { scopedAccess } from './scopedAccess.ts'

/** Questions without a locality form the national bank every editor builds quizzes from. */
const NATIONAL_QUESTION: Where = { provinceCode: { exists: false } }

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
