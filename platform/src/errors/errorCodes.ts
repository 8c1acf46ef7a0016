import { GraphQLError } from 'graphql'

/** The error codes clients may rely on (ARCHITECTURE.md, "Rules that hold everywhere"). */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  RateLimited: 'RATE_LIMITED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export type FieldProblem = { field: string; message: string }

export function badUserInput(message: string, problems: FieldProblem[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, problems } })
}

/** The failing fields of a badUserInput error; null for any other error, which is not the caller's to explain. */
export function problemsOf(error: unknown): FieldProblem[] | null {
  if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.BadUserInput) return null
  return (error.extensions.problems as FieldProblem[] | undefined) ?? []
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } })
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } })
}

/** Too many attempts: the client should wait `retryAfterSeconds` before trying again. */
export function rateLimited(message: string, retryAfterSeconds?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.RateLimited, retryAfterSeconds } })
}
