import type { RatingResolvers } from '../__generated__/resolvers-types.ts'

export const Rating: RatingResolvers = {
  criteria: (rating) => ({
    attitude: rating.criteria?.attitude ?? null,
    timeliness: rating.criteria?.timeliness ?? null,
    guidance: rating.criteria?.guidance ?? null,
    transparency: rating.criteria?.transparency ?? null,
  }),
}
