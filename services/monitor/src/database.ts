import type { DataSource } from 'typeorm'
import { seedMunicipalities, type SeedResult } from './seed/seed-municipalities'
import { seedTaxonomy, type TaxonomySeedResult } from './seed/seed-taxonomy'
import { type DemoAssessmentSeedResult, seedDemoAssessments } from './demo/seed-demo-assessments'
import { seedDemoSurvey, type SurveySeedResult } from './demo/seed-demo-survey'

// Arbitrary but fixed: instances starting together queue on it instead of racing the migrations.
const PREPARE_LOCK_KEY = 4_001_363

const NO_DEMO_ASSESSMENTS: DemoAssessmentSeedResult = {
  measurementsInserted: 0,
  responsesInserted: 0,
}
const NO_SURVEY: SurveySeedResult = { questionnaireRowsWritten: 0, demoResponsesWritten: 0 }

/**
 * Brings an initialised database up to date: pending migrations in one transaction, then the seed.
 * `demoData: false` (DEMO_DATA off, the production default) leaves out the demo measurements and
 * the synthetic peiling, so they never reach a production database.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  { demoData = true }: { demoData?: boolean } = {},
): Promise<{
  migrations: string[]
  seed: SeedResult
  taxonomy: TaxonomySeedResult
  demoAssessments: DemoAssessmentSeedResult
  survey: SurveySeedResult
}> {
  // Session-level lock on a connection of its own; the work below uses other pooled connections.
  const lock = dataSource.createQueryRunner()
  await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK_KEY])
  try {
    const applied = await dataSource.runMigrations({ transaction: 'all' })
    const seed = await seedMunicipalities(dataSource)
    const taxonomy = await seedTaxonomy(dataSource)
    // After municipalities and life domains, which the demo measurements refer to.
    const demoAssessments = demoData ? await seedDemoAssessments(dataSource) : NO_DEMO_ASSESSMENTS
    const survey = demoData ? await seedDemoSurvey(dataSource) : NO_SURVEY
    return {
      migrations: applied.map((migration) => migration.name),
      seed,
      taxonomy,
      demoAssessments,
      survey,
    }
  } finally {
    await lock
      .query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK_KEY])
      .finally(() => lock.release())
  }
}
