import { ArticleCounters } from './ArticleCounters/index.ts'
import { Articles } from './Articles/index.ts'
import { Dossiers } from './Dossiers/index.ts'
import { HandbookEntries } from './HandbookEntries/index.ts'
import { Hotlines } from './Hotlines/index.ts'
import { Localities } from './Localities/index.ts'
import { Media } from './Media/index.ts'
import { PartnerSystems } from './PartnerSystems/index.ts'
import { PatrolSchedules } from './PatrolSchedules/index.ts'
import { ProcedureOverrides } from './ProcedureOverrides/index.ts'
import { Procedures } from './Procedures/index.ts'
import { Questions } from './Questions/index.ts'
import { QuizAttempts } from './QuizAttempts/index.ts'
import { QuizParticipants } from './QuizParticipants/index.ts'
import { Quizzes } from './Quizzes/index.ts'
import { Ratings } from './Ratings/index.ts'
import { OutboxEvents } from './OutboxEvents/index.ts'
import { PersonalDataAccessLog } from './PersonalDataAccessLog/index.ts'
import { reportAttachments } from './ReportAttachments/index.ts'
import { ReportRoutingRules } from './ReportRoutingRules/index.ts'
import { Reports } from './Reports/index.ts'
import { SearchEntries } from './SearchEntries/index.ts'
import { Units } from './Units/index.ts'
import { Users } from './Users/index.ts'

/** Every collection; upload collections need to know where their files go. */
export function buildCollections({ uploadsDir }: { uploadsDir: string }) {
  return [
    Users,
    Localities,
    Units,
    Procedures,
    ProcedureOverrides,
    Hotlines,
    Articles,
    ArticleCounters,
    HandbookEntries,
    PatrolSchedules,
    Media,
    SearchEntries,
    Reports,
    reportAttachments(uploadsDir),
    ReportRoutingRules,
    OutboxEvents,
    PersonalDataAccessLog,
    Questions,
    Quizzes,
    QuizParticipants,
    QuizAttempts,
    Dossiers,
    Ratings,
    PartnerSystems,
  ]
}
