import * as migration_20261128_122407_initial from './20261128_122407_initial';
import * as migration_20261128_131756_content_election_media from './20261128_131756_content_election_media';

export const migrations = [
  {
    up: migration_20261128_122407_initial.up,
    down: migration_20261128_122407_initial.down,
    name: '20261128_122407_initial',
  },
  {
    up: migration_20261128_131756_content_election_media.up,
    down: migration_20261128_131756_content_election_media.down,
    name: '20261128_131756_content_election_media'
  },
];
