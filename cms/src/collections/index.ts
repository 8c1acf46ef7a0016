import { Articles } from './Articles/index.ts'
import { Dossiers } from './Dossiers/index.ts'
import { Hotlines } from './Hotlines/index.ts'
import { Localities } from './Localities/index.ts'
import { PartnerSystems } from './PartnerSystems/index.ts'
import { Procedures } from './Procedures/index.ts'
import { Questions } from './Questions/index.ts'
import { QuizAttempts } from './QuizAttempts/index.ts'
import { QuizParticipants } from './QuizParticipants/index.ts'
import { Quizzes } from './Quizzes/index.ts'
import { Ratings } from './Ratings/index.ts'
import { Reports } from './Reports/index.ts'
import { Units } from './Units/index.ts'
import { Users } from './Users/index.ts'

export const collections = [
  Users,
  Localities,
  Units,
  Procedures,
  Hotlines,
  Articles,
  Reports,
  Questions,
  Quizzes,
  QuizParticipants,
  QuizAttempts,
  Dossiers,
  Ratings,
  PartnerSystems,
]
