export { getCms, closeCms, type Cms } from './getCms.ts'
export { readCmsEnv, defaultDatabaseUrl, type CmsEnv } from './config/cmsEnv.ts'
export { createPayloadConfig } from './config/createPayloadConfig.ts'
export { dialectOf, type Dialect } from './db/databaseAdapter.ts'
export { prepareDatabase } from './db/prepareDatabase.ts'
export { createDatabase, dropDatabase } from './db/databaseLifecycle.ts'
export { seedDemoData, DEMO_ADMIN } from './seed/index.ts'
export { createProgress } from './seed/progress.ts'
export { incrementArticleCounter, type ArticleCounterName } from './domain/incrementArticleCounter.ts'
export {
  resolveSuccessor,
  requireSuccessor,
  payloadLocalityLookup,
  type LocalityLookup,
} from './domain/resolveSuccessor.ts'
export { PROCEDURE_FIELDS, ONLINE_LEVELS, procedureFieldLabel } from './collections/Procedures/fields.ts'
export { REPORT_TYPES, REPORT_STATUSES, RESOLVED_STATUSES } from './collections/Reports/options.ts'
export { overdueReportsWhere, overdueQueuePath, CONCLUDED_STATUSES } from './collections/Reports/overdueQueue.ts'
export { mergedIntoNote, MERGED_INTO_TARGET_NOTE } from './collections/Reports/hooks/mergeDuplicate.ts'
export {
  DOSSIER_STATUSES,
  SETTLED_DOSSIER_STATUSES,
  RESULT_DELIVERY_METHODS,
  type DossierStatus,
  type ResultDeliveryMethod,
} from './collections/Dossiers/options.ts'
export { isOverdue as isDossierOverdue } from './collections/Dossiers/hooks/markOpen.ts'
export {
  RATING_CRITERIA,
  MIN_SCORE,
  MAX_SCORE,
  SATISFIED_MIN_SCORE,
  RATING_EDIT_WINDOW_MS,
  type RatingCriterion,
} from './collections/Ratings/options.ts'
export {
  derivePersonalDataKeys,
  personalDataKeysOf,
  encryptPersonalData,
  decryptPersonalData,
  isEncrypted,
  lookupHash,
  reportsEncryptionKeys,
  developmentReportsKey,
  type PersonalDataKeys,
  type LookupPurpose,
} from './security/personalData.ts'
export { generatePartnerApiKey, hashPartnerApiKey } from './security/partnerApiKey.ts'
export { unitSubtree } from './domain/unitSubtree.ts'
export { relationId } from './domain/relationId.ts'
export { imageOf, type ImageView } from './domain/imageOf.ts'
export { addWorkingDays, isOverdue } from './domain/workingDays.ts'
export { ATTACHMENT_MIME_TYPES } from './collections/ReportAttachments/index.ts'
export type * from './payload-types.ts'
export { QUIZ_LAWS, QUESTION_DIFFICULTIES, OPTION_COUNT, type QuizLaw } from './collections/Questions/laws.ts'
export { questionBankWhere } from './quizzes/questionBank.ts'
export { quizPreview, type QuizPreview, type QuizPreviewQuestion } from './quizzes/quizPreview.ts'
export { DEMO_QUESTIONS, DEMO_QUIZZES } from './seed/data/questions.ts'
export { searchEntryOf, type SearchableCollection } from './search/searchEntryOf.ts'
export { runSubgraphProcess } from './runSubgraphProcess.ts'
export {
  receiveReport,
  receiveReportWithLocalApi,
  ReportKeyTaken,
  type NewReport,
  type ReceivedReport,
} from './collections/Reports/receiveReport.ts'
export { compiledOnce, isSqlAdapter, runQuery, type CompiledQuery, type SqlAdapter } from './db/sqlAdapter.ts'
export { readDeadlineDays, reportDueAt, type DeadlineDays } from './collections/Reports/deadline.ts'
