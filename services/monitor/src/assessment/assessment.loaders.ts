import DataLoader from 'dataloader'
import { type DataSource, In } from 'typeorm'
import { AssessmentResponse } from './assessment-response.entity'
import { Measurement } from './measurement.entity'
import { MeasurementStatus, type Perspective } from './perspective'
import type { Cell } from './scores'

/** The latest published measurement of a municipality, with its response cells. */
export interface PublishedMeasurementData {
  measurementId: string
  title: string
  publishedAt: Date
  synthetic: boolean
  cells: Cell[]
}

/** One municipality's cells for a topic in its latest published measurement (benchmark input). */
export interface MunicipalityTopicCells {
  municipalityCode: string
  inhabitants: number
  cells: Cell[]
}

/** Request-scoped: created per request so cached rows never outlive it. */
export interface AssessmentLoaders {
  /** Every measurement of a municipality, newest first; all statuses (the service filters). */
  measurementsByMunicipality: DataLoader<string, Measurement[]>
  /** Every response of a measurement with its comment, oldest first: private (the service checks). */
  responsesByMeasurement: DataLoader<string, AssessmentResponse[]>
  /** Response cells (topic × perspective with responses) of a measurement. */
  cellsByMeasurement: DataLoader<string, Cell[]>
  publishedByMunicipality: DataLoader<string, PublishedMeasurementData | null>
  /** Per topic: every municipality's cells in its latest published measurement. */
  publishedCellsByTopic: DataLoader<string, MunicipalityTopicCells[]>
}

interface CellRow {
  key: string
  topic: string
  perspective: Perspective
  mean: number
  response_count: number
}

// Latest published measurement per municipality; served by IDX_measurement_published_latest.
const LATEST_PUBLISHED = `
  SELECT DISTINCT ON (m."municipality_code") m."id", m."municipality_code", m."title",
         m."published_at", m."synthetic"
  FROM "measurement" m
  WHERE m."status" = '${MeasurementStatus.PUBLISHED}'
  ORDER BY m."municipality_code", m."published_at" DESC, m."id"`

export function createAssessmentLoaders(dataSource: DataSource): AssessmentLoaders {
  const measurements = dataSource.getRepository(Measurement)

  return {
    measurementsByMunicipality: new DataLoader(async (codes) => {
      const rows = await measurements.find({
        where: { municipalityCode: In([...codes]) },
        order: { municipalityCode: 'ASC', startedAt: 'DESC', id: 'ASC' },
      })
      const byCode = new Map<string, Measurement[]>(codes.map((code) => [code, []]))
      for (const row of rows) byCode.get(row.municipalityCode)?.push(row)
      return codes.map((code) => byCode.get(code) ?? [])
    }),

    responsesByMeasurement: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(AssessmentResponse).find({
        where: { measurementId: In([...ids]) },
        order: { measurementId: 'ASC', submittedAt: 'ASC', id: 'ASC' },
      })
      const byId = new Map<string, AssessmentResponse[]>(ids.map((id) => [id, []]))
      for (const row of rows) byId.get(row.measurementId)?.push(row)
      return ids.map((id) => byId.get(id) ?? [])
    }),

    cellsByMeasurement: new DataLoader(async (ids) => {
      const rows = await dataSource.query<CellRow[]>(
        `SELECT r."measurement_id"::text AS key, r."topic", r."perspective",
                avg(r."score")::float8 AS mean, count(*)::int AS response_count
         FROM "assessment_response" r
         WHERE r."measurement_id" = ANY($1::uuid[])
         GROUP BY r."measurement_id", r."topic", r."perspective"`,
        [[...ids]],
      )
      return groupCells(ids, rows)
    }),

    publishedByMunicipality: new DataLoader(async (codes) => {
      const rows = await dataSource.query<
        {
          municipality_code: string
          id: string
          title: string
          published_at: Date
          synthetic: boolean
          topic: string | null
          perspective: Perspective | null
          mean: number | null
          response_count: number
        }[]
      >(
        `WITH latest AS (${LATEST_PUBLISHED})
         SELECT l."municipality_code", l."id", l."title", l."published_at", l."synthetic",
                r."topic", r."perspective", avg(r."score")::float8 AS mean,
                count(r."id")::int AS response_count
         FROM latest l
         LEFT JOIN "assessment_response" r ON r."measurement_id" = l."id"
         WHERE l."municipality_code" = ANY($1::varchar[])
         GROUP BY l."municipality_code", l."id", l."title", l."published_at", l."synthetic",
                  r."topic", r."perspective"`,
        [[...codes]],
      )
      const byCode = new Map<string, PublishedMeasurementData>()
      for (const row of rows) {
        let data = byCode.get(row.municipality_code)
        if (!data) {
          data = {
            measurementId: row.id,
            title: row.title,
            publishedAt: row.published_at,
            synthetic: row.synthetic,
            cells: [],
          }
          byCode.set(row.municipality_code, data)
        }
        if (row.topic !== null && row.perspective !== null && row.mean !== null) {
          data.cells.push({
            topic: row.topic,
            perspective: row.perspective,
            mean: row.mean,
            responseCount: row.response_count,
          })
        }
      }
      return codes.map((code) => byCode.get(code) ?? null)
    }),

    publishedCellsByTopic: new DataLoader(async (topics) => {
      const rows = await dataSource.query<
        (CellRow & { municipality_code: string; inhabitants: number })[]
      >(
        `WITH latest AS (${LATEST_PUBLISHED})
         SELECT r."topic" AS key, l."municipality_code", mu."inhabitants", r."topic", r."perspective",
                avg(r."score")::float8 AS mean, count(*)::int AS response_count
         FROM latest l
         JOIN "municipality" mu ON mu."code" = l."municipality_code"
         JOIN "assessment_response" r ON r."measurement_id" = l."id"
         WHERE r."topic" = ANY($1::varchar[])
         GROUP BY r."topic", l."municipality_code", mu."inhabitants", r."perspective"
         ORDER BY l."municipality_code"`,
        [[...topics]],
      )
      const byTopic = new Map<string, Map<string, MunicipalityTopicCells>>(
        topics.map((topic) => [topic, new Map()]),
      )
      for (const row of rows) {
        const municipalities = byTopic.get(row.key)
        if (!municipalities) continue
        let entry = municipalities.get(row.municipality_code)
        if (!entry) {
          entry = {
            municipalityCode: row.municipality_code,
            inhabitants: row.inhabitants,
            cells: [],
          }
          municipalities.set(row.municipality_code, entry)
        }
        entry.cells.push({
          topic: row.topic,
          perspective: row.perspective,
          mean: row.mean,
          responseCount: row.response_count,
        })
      }
      return topics.map((topic) => [...(byTopic.get(topic)?.values() ?? [])])
    }),
  }
}

function groupCells(keys: readonly string[], rows: CellRow[]): Cell[][] {
  const byKey = new Map<string, Cell[]>(keys.map((key) => [key, []]))
  for (const row of rows) {
    byKey.get(row.key)?.push({
      topic: row.topic,
      perspective: row.perspective,
      mean: row.mean,
      responseCount: row.response_count,
    })
  }
  return keys.map((key) => byKey.get(key) ?? [])
}
