import { randomBytes } from 'node:crypto'
import { createRateLimiter, type Logger, type RateLimiter } from '@idm/edge'
import type { ElectionConfig } from '../config'
import { createMailer } from '../mail/mailer'
import { createElectionCmsClient, unavailableElectionCms } from './election-cms.client'
import { ElectionError, ElectionErrorReason } from './election.errors'
import type { ElectionDependencies } from './election.service'

const HOUR_SECONDS = 60 * 60

/** The election's CMS client, SMTP mailer and rate limiters, from the monitor's config. */
export function electionDependencies(
  config: ElectionConfig,
  logger: Logger,
): ElectionDependencies & { close(): Promise<void> } {
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom })
  const limiter = (keyPrefix: string, points: number) =>
    createRateLimiter(
      { enabled: true, points, windowSeconds: HOUR_SECONDS, redisUrl: config.redisUrl, keyPrefix },
      logger,
    )
  const rateLimiters = {
    network: limiter('election-network', config.limits.perNetworkPerHour),
    address: limiter('election-address', config.limits.perAddressPerHour),
  }
  return {
    cms: createElectionCmsClient({ baseUrl: config.cmsUrl }),
    mailer,
    hashKey: config.hashKey,
    linkBaseUrl: config.linkBaseUrl,
    proofMaxNumber: config.proofMaxNumber,
    limits: config.limits,
    rateLimiters,
    clock: () => new Date(),
    async close() {
      mailer.close()
      await Promise.all([rateLimiters.network.close(), rateLimiters.address.close()])
    },
  }
}

const unlimited: RateLimiter = {
  settings: { enabled: false, points: 1, windowSeconds: 1, keyPrefix: 'none' },
  consume: () => Promise.resolve({ allowed: true, remaining: 1, resetSeconds: 0 }),
  close: () => Promise.resolve(),
}

/** For a monitor started without the election (other domains' tests): every write is unavailable. */
export function unconfiguredElection(): ElectionDependencies {
  return {
    cms: unavailableElectionCms,
    mailer: {
      send: () =>
        Promise.reject(new ElectionError(ElectionErrorReason.NotConfigured, 'No mail server')),
      close: () => undefined,
    },
    hashKey: randomBytes(32).toString('hex'),
    linkBaseUrl: 'http://localhost',
    proofMaxNumber: 1_000,
    limits: { perNetworkPerHour: 1, perAddressPerHour: 1, mailsPerAddressPerDay: 1 },
    rateLimiters: { network: unlimited, address: unlimited },
    clock: () => new Date(),
  }
}
