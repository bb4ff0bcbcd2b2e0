import pg from 'pg'
import type { Role } from '../../src/auth/roles'
import { createTestDatabase, type TestDatabase } from './database'

export interface TestAccount {
  id: number
  role: Role
  email: string
  municipalityCode: string | null
}

/** The accounts every test session database starts with; support/tokens.ts signs for them. */
export const TEST_ACCOUNTS = {
  admin: { id: 1, role: 'admin', email: 'admin@example.org', municipalityCode: null },
  editor: { id: 2, role: 'editor', email: 'editor@example.org', municipalityCode: null },
  organiser: { id: 3, role: 'organiser', email: 'organiser@example.org', municipalityCode: null },
  amsterdamOfficial: {
    id: 4,
    role: 'municipal-official',
    email: 'ambtenaar@amsterdam.example.org',
    municipalityCode: 'GM0363',
  },
  rotterdamOfficial: {
    id: 5,
    role: 'municipal-official',
    email: 'ambtenaar@rotterdam.example.org',
    municipalityCode: 'GM0599',
  },
} as const satisfies Record<string, TestAccount>

/** The session id tokens carry by default: each test account is logged in once. */
export function defaultSessionId(userId: string | number): string {
  return `session-${userId}`
}

// Payload's own definitions (cms/src/migrations/20261128_122407_initial.ts), only what the
// session check reads and what keeps the rows valid.
const PAYLOAD_AUTH_TABLES = `
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'organiser', 'municipal-official');
  CREATE TABLE "users_sessions" (
    "_order" integer NOT NULL,
    "_parent_id" integer NOT NULL,
    "id" varchar PRIMARY KEY NOT NULL,
    "created_at" timestamp(3) with time zone,
    "expires_at" timestamp(3) with time zone NOT NULL
  );
  CREATE TABLE "users" (
    "id" serial PRIMARY KEY NOT NULL,
    "name" varchar NOT NULL,
    "role" "enum_users_role" NOT NULL,
    "municipality_code" varchar,
    "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    "email" varchar NOT NULL,
    "login_attempts" numeric DEFAULT 0,
    "lock_until" timestamp(3) with time zone
  );
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk"
    FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade;
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
`

/**
 * A throwaway stand-in for the CMS database with Payload's `users` and `users_sessions` tables,
 * holding {@link TEST_ACCOUNTS}, each with one live session ({@link defaultSessionId}).
 * The helpers change it the way the CMS would: a logout, a lock, a role change.
 */
export interface TestSessionDatabase {
  url: string
  addAccount(account: TestAccount): Promise<void>
  /** A new live session (expiring in `expiresInSeconds`, negative: already expired). */
  startSession(userId: number, sessionId: string, expiresInSeconds?: number): Promise<void>
  /** What a logout does in Payload: the session row is deleted. */
  endSession(sessionId: string): Promise<void>
  /** Sets `lock_until`; null unlocks. */
  lockUntil(userId: number, until: Date | null): Promise<void>
  setRole(userId: number, role: Role, municipalityCode: string | null): Promise<void>
  drop(): Promise<void>
}

export async function createTestSessionDatabase(): Promise<TestSessionDatabase> {
  const database: TestDatabase = await createTestDatabase('test_cms_sessions')
  // One client, not a pool: Client#end resolves once the connection is closed, so the forced
  // DROP DATABASE afterwards has nothing left to terminate.
  const client = new pg.Client({ connectionString: database.url })
  const sql = async (text: string, values: unknown[] = []) => {
    await client.query(text, values)
  }

  const store: TestSessionDatabase = {
    url: database.url,
    addAccount: (account) =>
      sql(
        `INSERT INTO users (id, name, role, municipality_code, email) VALUES ($1, $2, $3, $4, $5)`,
        [account.id, account.email, account.role, account.municipalityCode, account.email],
      ),
    startSession: (userId, sessionId, expiresInSeconds = 3600) =>
      sql(
        `INSERT INTO users_sessions (_order, _parent_id, id, created_at, expires_at)
         VALUES (1, $1, $2, now(), now() + make_interval(secs => $3))`,
        [userId, sessionId, expiresInSeconds],
      ),
    endSession: (sessionId) => sql(`DELETE FROM users_sessions WHERE id = $1`, [sessionId]),
    lockUntil: (userId, until) =>
      sql(`UPDATE users SET lock_until = $2 WHERE id = $1`, [userId, until]),
    setRole: (userId, role, municipalityCode) =>
      sql(`UPDATE users SET role = $2, municipality_code = $3 WHERE id = $1`, [
        userId,
        role,
        municipalityCode,
      ]),
    async drop() {
      try {
        await client.end()
      } finally {
        await database.drop()
      }
    },
  }

  try {
    await client.connect()
    await sql(PAYLOAD_AUTH_TABLES)
    for (const account of Object.values(TEST_ACCOUNTS)) {
      await store.addAccount(account)
      await store.startSession(account.id, defaultSessionId(account.id))
    }
  } catch (error) {
    await store.drop()
    throw error
  }
  return store
}
