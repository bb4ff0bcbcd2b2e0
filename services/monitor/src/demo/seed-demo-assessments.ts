import { createHash } from 'node:crypto'
import type { DataSource, QueryRunner } from 'typeorm'
import { MeasurementStatus, PERSPECTIVES, type Perspective } from '../assessment/perspective'
import { affectedRows, inSeedTransaction } from '../seed/seed-transaction'
import { taxonomyLifeDomains } from '../taxonomy/taxonomy-data'

export interface DemoAssessmentSeedResult {
  measurementsInserted: number
  responsesInserted: number
}

/**
 * Published demo measurements, so benchmarks show values: Amsterdam's neighbours (8, enough for
 * a neighbour mean) and seven large cities (with Haarlemmermeer and Zaanstad enough for the
 * 100,000+ size class). Rotterdam has an older one too, for a trend.
 */
const PUBLISHED_2025 = [
  'GM0362', // Amstelveen
  'GM0384', // Diemen
  'GM0394', // Haarlemmermeer
  'GM0415', // Landsmeer
  'GM0431', // Oostzaan
  'GM0437', // Ouder-Amstel
  'GM0479', // Zaanstad
  'GM0852', // Waterland
  'GM0599', // Rotterdam
  'GM0518', // Den Haag
  'GM0344', // Utrecht
  'GM0772', // Eindhoven
  'GM0014', // Groningen
  'GM0855', // Tilburg
  'GM0034', // Almere
]
/** Amsterdam's measurement stays open: private, for trying the access rules. */
const PRIVATE_OPEN = 'GM0363'
const RESPONSES_PER_CELL = 3

interface DemoMeasurement {
  id: string
  municipalityCode: string
  title: string
  status: MeasurementStatus
  startedAt: string
  closedAt: string | null
  publishedAt: string | null
}

interface DemoResponse {
  id: string
  measurementId: string
  perspective: Perspective
  topic: string
  score: number
  comment: string | null
  submittedAt: string
}

/**
 * Inserts the synthetic demo measurements (`synthetic = true`) once. Ids and scores derive from
 * fixed seeds, so every database gets the same data and a second run inserts nothing; rows a
 * user changed are left alone.
 */
export async function seedDemoAssessments(
  dataSource: DataSource,
): Promise<DemoAssessmentSeedResult> {
  const { measurements, responses } = demoData()
  return inSeedTransaction(dataSource, (runner) => insert(runner, measurements, responses))
}

export function demoData(): { measurements: DemoMeasurement[]; responses: DemoResponse[] } {
  const topics = taxonomyLifeDomains().map((domain) => domain.slug)
  const measurements: DemoMeasurement[] = [
    ...PUBLISHED_2025.map((code) => published(code, 2025)),
    published('GM0599', 2024),
    {
      id: stableUuid(`measurement:${PRIVATE_OPEN}:2026`),
      municipalityCode: PRIVATE_OPEN,
      title: 'Zelfevaluatie 2026 (synthetisch voorbeeld)',
      status: MeasurementStatus.OPEN,
      startedAt: '2026-09-01T09:00:00Z',
      closedAt: null,
      publishedAt: null,
    },
  ]
  const responses = measurements.flatMap((measurement) =>
    topics.flatMap((topic) =>
      PERSPECTIVES.flatMap((perspective) =>
        Array.from({ length: RESPONSES_PER_CELL }, (_unused, index) => {
          const seed = `${measurement.id}:${topic}:${perspective}:${index}`
          return {
            id: stableUuid(`response:${seed}`),
            measurementId: measurement.id,
            perspective,
            topic,
            score: demoScore(measurement.municipalityCode, topic, seed),
            // Only the private one carries comments, to show they never become public.
            comment:
              measurement.status === MeasurementStatus.OPEN && index === 0
                ? `Synthetische toelichting (${perspective.toLowerCase()}, ${topic})`
                : null,
            submittedAt: measurement.startedAt,
          }
        }),
      ),
    ),
  )
  return { measurements, responses }
}

function published(code: string, year: number): DemoMeasurement {
  return {
    id: stableUuid(`measurement:${code}:${year}`),
    municipalityCode: code,
    title: `Zelfevaluatie ${year} (synthetisch voorbeeld)`,
    status: MeasurementStatus.PUBLISHED,
    startedAt: `${year}-03-01T09:00:00Z`,
    closedAt: `${year}-05-01T17:00:00Z`,
    publishedAt: `${year}-06-01T09:00:00Z`,
  }
}

/** 1–10: a municipality level (4–7) plus a topic offset (0–2) plus noise (−1…+1). */
function demoScore(code: string, topic: string, seed: string): number {
  const level = 4 + (hashByte(`level:${code}`) % 4)
  const offset = hashByte(`topic:${code}:${topic}`) % 3
  const noise = (hashByte(`noise:${seed}`) % 3) - 1
  return Math.min(10, Math.max(1, level + offset + noise))
}

function hashByte(value: string): number {
  return createHash('sha256').update(value).digest()[0]!
}

/** A version-5-shaped UUID derived from a name, so demo ids are the same everywhere. */
function stableUuid(name: string): string {
  const hex = createHash('sha256').update(`idm-demo:${name}`).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

async function insert(
  runner: QueryRunner,
  measurements: DemoMeasurement[],
  responses: DemoResponse[],
): Promise<DemoAssessmentSeedResult> {
  const topics = taxonomyLifeDomains().map((domain) => domain.slug)
  const measurementsInserted = await affectedRows(
    runner,
    `INSERT INTO "measurement" ("id", "municipality_code", "title", "status", "perspectives",
       "topics", "synthetic", "started_by", "started_at", "closed_at", "published_at")
     SELECT s."id", s."code", s."title", s."status", $7::varchar[], $8::varchar[], true, NULL,
            s."started_at", s."closed_at", s."published_at"
     FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::timestamptz[],
                 $6::timestamptz[], $9::timestamptz[])
          AS s("id", "code", "title", "status", "started_at", "closed_at", "published_at")
     ON CONFLICT ("id") DO NOTHING`,
    [
      measurements.map((m) => m.id),
      measurements.map((m) => m.municipalityCode),
      measurements.map((m) => m.title),
      measurements.map((m) => m.status),
      measurements.map((m) => m.startedAt),
      measurements.map((m) => m.closedAt),
      PERSPECTIVES,
      topics,
      measurements.map((m) => m.publishedAt),
    ],
  )
  const responsesInserted = await affectedRows(
    runner,
    `INSERT INTO "assessment_response" ("id", "measurement_id", "perspective", "topic", "score",
       "comment", "submitted_by", "submitted_at")
     SELECT s."id", s."measurement_id", s."perspective", s."topic", s."score", s."comment", NULL,
            s."submitted_at"
     FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::smallint[], $6::text[],
                 $7::timestamptz[])
          AS s("id", "measurement_id", "perspective", "topic", "score", "comment", "submitted_at")
     ON CONFLICT ("id") DO NOTHING`,
    [
      responses.map((r) => r.id),
      responses.map((r) => r.measurementId),
      responses.map((r) => r.perspective),
      responses.map((r) => r.topic),
      responses.map((r) => r.score),
      responses.map((r) => r.comment),
      responses.map((r) => r.submittedAt),
    ],
  )
  return { measurementsInserted, responsesInserted }
}
