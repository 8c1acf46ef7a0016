import * as migration_20261125_111131_initial from './20261125_111131_initial'
import * as migration_20261125_114205_dossiers_ratings_partner_systems from './20261125_114205_dossiers_ratings_partner_systems'

export const migrations = [
  {
    up: migration_20261125_111131_initial.up,
    down: migration_20261125_111131_initial.down,
    name: '20261125_111131_initial',
  },
  {
    up: migration_20261125_114205_dossiers_ratings_partner_systems.up,
    down: migration_20261125_114205_dossiers_ratings_partner_systems.down,
    name: '20261125_114205_dossiers_ratings_partner_systems',
  },
]
