import type { MutationResolvers } from '../__generated__/resolvers-types.ts'
import { submitReport } from '../domain/submitReport.ts'

export const Mutation: MutationResolvers = {
  submitReport: (_, { input, idempotencyKey }, ctx) => submitReport(ctx, input, idempotencyKey),
}
