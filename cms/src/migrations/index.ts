import * as migration_20261128_122407_initial from './20261128_122407_initial';

export const migrations = [
  {
    up: migration_20261128_122407_initial.up,
    down: migration_20261128_122407_initial.down,
    name: '20261128_122407_initial'
  },
];
