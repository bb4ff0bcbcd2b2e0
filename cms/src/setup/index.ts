import type { Payload } from 'payload'
import { applyMigrations } from './applyMigrations'
import { seedDemoData, type SeedResult } from '../demo/seed'

/**
 * Brings a CMS database up to date: pending migrations, then, with `demoData` (DEMO_DATA=true),
 * the missing demo content. Without it a new database has no account at all; the admin then
 * offers "create first user", who becomes an admin.
 */
export async function setup(
  payload: Payload,
  options: { demoData: boolean; demoPassword: string | undefined },
): Promise<SeedResult> {
  await applyMigrations(payload)
  if (!options.demoData) return { created: [], demoData: false }
  return seedDemoData(payload, options)
}
