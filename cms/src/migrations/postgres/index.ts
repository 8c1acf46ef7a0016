import * as migration_20261125_110710_initial from './20261125_110710_initial';

export const migrations = [
  {
    up: migration_20261125_110710_initial.up,
    down: migration_20261125_110710_initial.down,
    name: '20261125_110710_initial'
  },
];
