// @ts-check
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * @typedef {{ payloadSecret: string, demoPassword: string, postgresPassword: string, electionHashKey: string }} LocalSecrets
 */

/**
 * Secrets for a local run, generated on first start and kept in the git-ignored data folder
 * (mode 0600). Production deployments pass their own through the environment instead.
 * @returns {LocalSecrets}
 */
export function loadLocalSecrets(/** @type {string} */ dataDir) {
  const file = path.join(dataDir, 'secrets.json')
  /** @type {Partial<LocalSecrets>} */
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
  const secrets = {
    payloadSecret: stored.payloadSecret ?? randomBytes(32).toString('hex'),
    demoPassword: stored.demoPassword ?? `demo-${randomBytes(6).toString('base64url')}`,
    postgresPassword: stored.postgresPassword ?? randomBytes(18).toString('base64url'),
    // Keys the election's e-mail, IP and user-agent hashes: changing it forgets who voted.
    electionHashKey: stored.electionHashKey ?? randomBytes(32).toString('hex'),
  }
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  }
  return secrets
}
