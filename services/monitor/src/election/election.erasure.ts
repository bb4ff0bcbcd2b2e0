import type { Logger } from '@idm/edge'
import type { ElectionService } from './election.service'

/** How often plain addresses whose link expired are erased: at most this late after 24 hours. */
export const ERASURE_INTERVAL_MS = 5 * 60 * 1000

/**
 * Erases expired plain e-mail addresses now and every {@link ERASURE_INTERVAL_MS}. Every instance
 * may run it: the UPDATE is idempotent. A failure is logged and tried again next time.
 */
export function startAddressErasure(
  election: Pick<ElectionService, 'eraseExpiredAddresses'>,
  logger: Pick<Logger, 'info' | 'error'>,
  intervalMs = ERASURE_INTERVAL_MS,
): { stop(): void } {
  const run = () =>
    election.eraseExpiredAddresses().then(
      (erased) => {
        if (erased > 0) logger.info({ erased }, 'election: expired e-mail addresses erased')
      },
      (error: unknown) => logger.error({ err: error }, 'election: erasing addresses failed'),
    )
  void run()
  const timer = setInterval(run, intervalMs)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
