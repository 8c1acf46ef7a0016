import * as migration_20261125_111131_initial from './20261125_111131_initial';

export const migrations = [
  {
    up: migration_20261125_111131_initial.up,
    down: migration_20261125_111131_initial.down,
    name: '20261125_111131_initial'
  },
];
