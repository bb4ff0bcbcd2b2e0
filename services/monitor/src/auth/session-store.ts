import type { Logger } from '@idm/edge'
import { LRUCache } from 'lru-cache'
import pg from 'pg'
import { AuthError, AuthErrorReason } from './auth.errors'

/** What the CMS database says about one login (a user id and a Payload session id). */
export type SessionCheck =
  | {
      status: 'active'
      /** The account's role and municipality now, which may differ from what the token says. */
      role: string
      municipalityCode: string | null
      email: string
    }
  /** Logged out, expired, or the user no longer exists. */
  | { status: 'ended' }
  /** The account is locked (`lock_until` in the future). */
  | { status: 'locked' }

export interface SessionStoreOptions {
  /** The CMS's database (CMS_DATABASE_URL), read only. */
  databaseUrl: string
  /** How long an answer is reused before the database is asked again; 0 asks every request. */
  checkTtlMs: number
  logger: Logger
  /** Bound on cached logins; the least recently used are dropped beyond it. */
  maxEntries?: number
  /** Called once for every query sent to the database; tests count session checks with it. */
  onQuery?: (sql: string) => void
}

// Postgres `integer`: Payload's users.id is a serial.
const MAX_USER_ID = 2_147_483_647
const STATEMENT_TIMEOUT_MS = 2_000

/*
 * One statement per login check. A user row without the session (logged out, or expired by
 * Payload's clock in `expires_at`) is an ended session; a lock wins over a live session because
 * logging in again would not help.
 */
const CHECK_SQL = `
  SELECT u.role::text AS role,
         u.municipality_code,
         u.email,
         (u.lock_until IS NOT NULL AND u.lock_until > now()) AS locked,
         EXISTS (
           SELECT 1 FROM users_sessions s
           WHERE s._parent_id = u.id AND s.id = $2 AND s.expires_at > now()
         ) AS session_active
  FROM users u
  WHERE u.id = $1`

interface CheckRow {
  role: string
  municipality_code: string | null
  email: string
  locked: boolean
  session_active: boolean
}

/**
 * Answers whether a Payload login is still valid, reading the CMS's `users` and
 * `users_sessions` tables. Answers are cached per (user, session) for `checkTtlMs`, so a logout,
 * lock or role change takes effect within that time; concurrent checks of one login share one
 * query. When the database does not answer, the check fails with AUTH_UNAVAILABLE: a login that
 * cannot be checked is not trusted.
 */
export class SessionStore {
  private readonly pool: pg.Pool
  private readonly cache: LRUCache<string, SessionCheck> | undefined
  private readonly inFlight = new Map<string, Promise<SessionCheck>>()

  constructor(private readonly options: SessionStoreOptions) {
    this.pool = new pg.Pool({
      connectionString: options.databaseUrl,
      // Small: one query per login per TTL, never one per field.
      max: 4,
      connectionTimeoutMillis: STATEMENT_TIMEOUT_MS,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      query_timeout: STATEMENT_TIMEOUT_MS + 500,
      idleTimeoutMillis: 30_000,
      application_name: 'idm-monitor-session-check',
      // The monitor only reads the CMS's tables; the server refuses any write on these connections.
      options: '-c default_transaction_read_only=on',
    })
    // An idle connection the server drops must not crash the process; the next query reconnects.
    this.pool.on('error', (error) => {
      options.logger.warn({ err: error }, 'session store connection lost')
    })
    // lru-cache treats ttl 0 as "forever"; 0 here means "do not cache".
    this.cache =
      options.checkTtlMs > 0
        ? new LRUCache({ max: options.maxEntries ?? 10_000, ttl: options.checkTtlMs })
        : undefined
  }

  /** The state of the login `sessionId` of user `userId`; throws AUTH_UNAVAILABLE when unreachable. */
  async check(userId: string, sessionId: string): Promise<SessionCheck> {
    const key = JSON.stringify([userId, sessionId])
    const cached = this.cache?.get(key)
    if (cached !== undefined) return cached
    const pending = this.inFlight.get(key)
    if (pending !== undefined) return pending

    const lookup = this.query(userId, sessionId)
      .then((result) => {
        this.cache?.set(key, result)
        return result
      })
      .finally(() => this.inFlight.delete(key))
    this.inFlight.set(key, lookup)
    return lookup
  }

  /** For `/ready`: the CMS database answers. */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1')
  }

  async close(): Promise<void> {
    await this.pool.end()
  }

  private async query(userId: string, sessionId: string): Promise<SessionCheck> {
    // An id that is not a Payload serial can have no session; asking would only raise a cast error.
    if (!/^[1-9]\d{0,9}$/.test(userId) || Number(userId) > MAX_USER_ID) return { status: 'ended' }

    let rows: CheckRow[]
    try {
      this.options.onQuery?.(CHECK_SQL)
      rows = (await this.pool.query<CheckRow>(CHECK_SQL, [Number(userId), sessionId])).rows
    } catch (error) {
      this.options.logger.error({ err: error, userId }, 'session store unreachable')
      throw new AuthError(
        AuthErrorReason.SessionStoreUnavailable,
        'Logins cannot be checked right now; try again shortly',
      )
    }
    const row = rows[0]
    if (row === undefined) return { status: 'ended' }
    if (row.locked) return { status: 'locked' }
    if (!row.session_active) return { status: 'ended' }
    return {
      status: 'active',
      role: row.role,
      municipalityCode: row.municipality_code,
      email: row.email,
    }
  }
}
