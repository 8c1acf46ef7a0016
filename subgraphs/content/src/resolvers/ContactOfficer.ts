import type { ContactOfficerResolvers } from '../__generated__/resolvers-types.ts'
import { idOf } from '../loaders.ts'

export const ContactOfficer: ContactOfficerResolvers = {
  title: (officer) => officer.title ?? null,
  unit: (officer, _, ctx) => {
    const id = idOf(officer.unit)
    return id === null ? null : ctx.loaders.unitById.load(id)
  },
}
