import * as migration_20261128_122407_initial from './20261128_122407_initial';
import * as migration_20261128_131756_content_election_media from './20261128_131756_content_election_media';
import * as migration_20261201_145338_newsletter from './20261201_145338_newsletter';
import * as migration_20261201_145810_advice_requests from './20261201_145810_advice_requests';
import * as migration_20261201_154147_newsletter_purge from './20261201_154147_newsletter_purge';
import * as migration_20261201_160103_advice_retention_task from './20261201_160103_advice_retention_task';

export const migrations = [
  {
    up: migration_20261128_122407_initial.up,
    down: migration_20261128_122407_initial.down,
    name: '20261128_122407_initial',
  },
  {
    up: migration_20261128_131756_content_election_media.up,
    down: migration_20261128_131756_content_election_media.down,
    name: '20261128_131756_content_election_media',
  },
  {
    up: migration_20261201_145338_newsletter.up,
    down: migration_20261201_145338_newsletter.down,
    name: '20261201_145338_newsletter',
  },
  {
    up: migration_20261201_145810_advice_requests.up,
    down: migration_20261201_145810_advice_requests.down,
    name: '20261201_145810_advice_requests',
  },
  {
    up: migration_20261201_154147_newsletter_purge.up,
    down: migration_20261201_154147_newsletter_purge.down,
    name: '20261201_154147_newsletter_purge',
  },
  {
    up: migration_20261201_160103_advice_retention_task.up,
    down: migration_20261201_160103_advice_retention_task.down,
    name: '20261201_160103_advice_retention_task'
  },
];
