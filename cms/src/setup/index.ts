import type { Payload } from 'payload'
import { applyMigrations } from './applyMigrations'
import { seed, type SeedResult } from './seed'

/** Brings a CMS database up to date: pending migrations, then the missing demo content. */
export async function setup(
  payload: Payload,
  options: { demoPassword: string | undefined },
): Promise<SeedResult> {
  await applyMigrations(payload)
  return seed(payload, options)
}
