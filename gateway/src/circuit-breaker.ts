/**
 * One subgraph's circuit: after `failureThreshold` failures in a row (timeouts, refused or reset
 * connections) it opens and requests fail at once instead of each waiting for the timeout; after
 * `cooldownMs` one trial request goes through, and its success closes the circuit again. So a
 * hung subgraph costs its callers one timeout per cooldown, and the gateway recovers by itself.
 */
export class CircuitBreaker {
  private failures = 0
  private openedAt: number | undefined
  private trialInFlight = false

  constructor(
    private readonly options: { failureThreshold: number; cooldownMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === undefined) return 'closed'
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open'
  }

  /** Whether a request may go out now (in half-open state: only the one trial). */
  allow(): boolean {
    const state = this.state
    if (state === 'closed') return true
    if (state === 'open' || this.trialInFlight) return false
    this.trialInFlight = true
    return true
  }

  succeeded(): void {
    this.failures = 0
    this.openedAt = undefined
    this.trialInFlight = false
  }

  failed(): void {
    this.failures++
    if (this.trialInFlight || this.failures >= this.options.failureThreshold) {
      this.openedAt = this.now()
    }
    this.trialInFlight = false
  }
}
