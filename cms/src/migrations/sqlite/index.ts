import * as migration_20261125_111124_initial from './20261125_111124_initial'
import * as migration_20261125_114157_dossiers_ratings_partner_systems from './20261125_114157_dossiers_ratings_partner_systems'

export const migrations = [
  {
    up: migration_20261125_111124_initial.up,
    down: migration_20261125_111124_initial.down,
    name: '20261125_111124_initial',
  },
  {
    up: migration_20261125_114157_dossiers_ratings_partner_systems.up,
    down: migration_20261125_114157_dossiers_ratings_partner_systems.down,
    name: '20261125_114157_dossiers_ratings_partner_systems',
  },
]
