import * as migration_20261125_111124_initial from './20261125_111124_initial';

export const migrations = [
  {
    up: migration_20261125_111124_initial.up,
    down: migration_20261125_111124_initial.down,
    name: '20261125_111124_initial'
  },
];
