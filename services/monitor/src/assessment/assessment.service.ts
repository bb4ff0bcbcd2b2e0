import { randomUUID } from 'node:crypto'
import type { DataSource, EntityManager } from 'typeorm'
import { actsForMunicipality, type Actor } from '../auth/actor'
import { AuthError, AuthErrorReason } from '../auth/auth.errors'
import { type Connection, decodeCursor, toConnection } from '../common/connection'
import type { RequestContext } from '../context'
import type { Municipality } from '../municipality/municipality.entity'
import { sizeClassOf } from '../municipality/size-class'
import type { LifeDomain } from '../taxonomy/life-domain.entity'
import { taxonomyLifeDomains } from '../taxonomy/taxonomy-data'
import { AssessmentResponse } from './assessment-response.entity'
import { AssessmentError, AssessmentErrorReason } from './assessment.errors'
import type {
  AssessmentResult,
  Benchmark,
  PublishedScores,
  TopicScore,
  TrendPoint,
} from './assessment.types'
import { Measurement } from './measurement.entity'
import { MeasurementStatus, type Perspective } from './perspective'
import { benchmarkValue, round2, topicMean, topicScores } from './scores'

// The seeded table follows the reference file, so its order is the file's.
const TOPIC_ORDER = taxonomyLifeDomains().map((domain) => domain.slug)

export interface StartMeasurementCommand {
  municipalityCode: string
  title?: string | null
  perspectives: Perspective[]
  topics: string[]
}

export interface SubmitResponseCommand {
  measurementId: string
  perspective: Perspective
  topic: string
  score: number
  comment?: string | null
}

export interface PageQuery {
  first: number
  after?: string | null
}

/**
 * The self-assessment (Monitor VN-verdrag Handicap). Measurements and their results are private
 * to the municipality's officials and admins; published topic scores are public. Comments leave
 * this service only to those same officials and admins (and to whoever submits one).
 */
export class AssessmentService {
  constructor(private readonly dataSource: DataSource) {}

  // ── commands ────────────────────────────────────────────────────────────────────────────────

  async startMeasurement(
    ctx: RequestContext,
    input: StartMeasurementCommand,
  ): Promise<Measurement> {
    requireActsFor(ctx.actor, input.municipalityCode)
    const municipality = await ctx.loaders.municipalityByCode.load(input.municipalityCode)
    if (!municipality) {
      throw new AssessmentError(
        AssessmentErrorReason.MunicipalityNotFound,
        `No municipality has the code ${input.municipalityCode}`,
      )
    }
    const domains = await ctx.loaders.lifeDomainBySlug.loadMany(input.topics)
    const unknown = input.topics.filter((_slug, index) => !isLifeDomain(domains[index]))
    if (unknown.length > 0) {
      throw new AssessmentError(
        AssessmentErrorReason.UnknownTopic,
        `Unknown life domain(s): ${unknown.join(', ')}; see the lifeDomains query for the slugs`,
      )
    }

    const now = new Date()
    const measurement = this.dataSource.getRepository(Measurement).create({
      id: randomUUID(),
      municipalityCode: municipality.code,
      title: input.title?.trim() || `Zelfevaluatie ${now.toISOString().slice(0, 10)}`,
      status: MeasurementStatus.OPEN,
      perspectives: input.perspectives,
      topicSlugs: input.topics,
      synthetic: false,
      startedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
      startedAt: now,
      closedAt: null,
      publishedAt: null,
    })
    return this.dataSource.getRepository(Measurement).save(measurement)
  }

  async submitResponse(
    ctx: RequestContext,
    input: SubmitResponseCommand,
  ): Promise<AssessmentResponse> {
    return this.dataSource.transaction(async (manager) => {
      // FOR SHARE: a concurrent close (an UPDATE) waits until this response is in, or vice versa.
      const measurement = await this.findMeasurement(
        manager,
        input.measurementId,
        'pessimistic_read',
      )
      requireActsFor(ctx.actor, measurement.municipalityCode)
      if (measurement.status !== MeasurementStatus.OPEN) {
        throw new AssessmentError(
          AssessmentErrorReason.MeasurementClosed,
          'This measurement is closed and takes no more responses',
        )
      }
      if (!measurement.perspectives.includes(input.perspective)) {
        throw new AssessmentError(
          AssessmentErrorReason.NotInMeasurement,
          `This measurement does not ask the perspective ${input.perspective}; it asks ${measurement.perspectives.join(', ')}`,
        )
      }
      if (!measurement.topicSlugs.includes(input.topic)) {
        throw new AssessmentError(
          AssessmentErrorReason.NotInMeasurement,
          `This measurement does not cover the topic ${input.topic}; it covers ${measurement.topicSlugs.join(', ')}`,
        )
      }
      const response = manager.getRepository(AssessmentResponse).create({
        id: randomUUID(),
        measurementId: measurement.id,
        perspective: input.perspective,
        topic: input.topic,
        score: input.score,
        comment: input.comment?.trim() || null,
        submittedBy: ctx.actor.kind === 'user' ? ctx.actor.id : null,
        submittedAt: new Date(),
      })
      return manager.getRepository(AssessmentResponse).save(response)
    })
  }

  async closeMeasurement(ctx: RequestContext, measurementId: string): Promise<Measurement> {
    return this.dataSource.transaction(async (manager) => {
      const measurement = await this.findMeasurement(manager, measurementId, 'pessimistic_write')
      requireActsFor(ctx.actor, measurement.municipalityCode)
      if (measurement.status !== MeasurementStatus.OPEN) {
        throw new AssessmentError(
          AssessmentErrorReason.MeasurementClosed,
          'This measurement is already closed',
        )
      }
      measurement.status = MeasurementStatus.CLOSED
      measurement.closedAt = new Date()
      return manager.getRepository(Measurement).save(measurement)
    })
  }

  async publishMeasurement(ctx: RequestContext, measurementId: string): Promise<Measurement> {
    return this.dataSource.transaction(async (manager) => {
      const measurement = await this.findMeasurement(manager, measurementId, 'pessimistic_write')
      requireActsFor(ctx.actor, measurement.municipalityCode)
      if (measurement.status === MeasurementStatus.OPEN) {
        throw new AssessmentError(
          AssessmentErrorReason.MeasurementNotClosed,
          'Close the measurement before publishing it',
        )
      }
      if (measurement.status === MeasurementStatus.PUBLISHED) {
        throw new AssessmentError(
          AssessmentErrorReason.AlreadyPublished,
          'This measurement is already published',
        )
      }
      measurement.status = MeasurementStatus.PUBLISHED
      measurement.publishedAt = new Date()
      return manager.getRepository(Measurement).save(measurement)
    })
  }

  // ── private reads (own officials and admins) ────────────────────────────────────────────────

  /** FORBIDDEN for anyone but the municipality's officials and admins (not an empty list). */
  async measurementsOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
    page: PageQuery,
  ): Promise<Connection<Measurement>> {
    requireActsFor(ctx.actor, municipality.code)
    // A municipality holds a handful of measurements: one batched load, then paginate in memory.
    const all = await ctx.loaders.measurementsByMunicipality.load(municipality.code)
    return pageInMemory(all, page, 'measurements')
  }

  /**
   * A measurement's responses with their comments, oldest first: FORBIDDEN for anyone but the
   * municipality's officials and admins, whoever reached the measurement.
   */
  async responsesOf(
    ctx: RequestContext,
    measurement: Pick<Measurement, 'id' | 'municipalityCode'>,
    page: PageQuery,
  ): Promise<Connection<AssessmentResponse>> {
    requireActsFor(ctx.actor, measurement.municipalityCode)
    const all = await ctx.loaders.responsesByMeasurement.load(measurement.id)
    return pageInMemory(all, page, 'responses')
  }

  /** Every chosen perspective × topic, with n = 0 and a null mean where nobody answered yet. */
  async resultsOf(ctx: RequestContext, measurement: Measurement): Promise<AssessmentResult[]> {
    // Measurements are reached only through guarded fields; checked again because results are private.
    requireActsFor(ctx.actor, measurement.municipalityCode)
    const cells = await ctx.loaders.cellsByMeasurement.load(measurement.id)
    return measurement.topicSlugs.flatMap((topic) =>
      measurement.perspectives.map((perspective) => {
        const cell = cells.find((c) => c.topic === topic && c.perspective === perspective)
        return {
          topic,
          perspective,
          mean: cell ? round2(cell.mean) : null,
          responseCount: cell?.responseCount ?? 0,
        }
      }),
    )
  }

  async responseCountOf(
    ctx: RequestContext,
    measurement: Pick<Measurement, 'id'>,
  ): Promise<number> {
    const cells = await ctx.loaders.cellsByMeasurement.load(measurement.id)
    return cells.reduce((sum, cell) => sum + cell.responseCount, 0)
  }

  async topicsOf(ctx: RequestContext, measurement: Measurement): Promise<LifeDomain[]> {
    const domains = await ctx.loaders.lifeDomainBySlug.loadMany(measurement.topicSlugs)
    return domains.filter(isLifeDomain)
  }

  async municipalityOf(ctx: RequestContext, measurement: Measurement): Promise<Municipality> {
    const municipality = await ctx.loaders.municipalityByCode.load(measurement.municipalityCode)
    if (!municipality) throw new Error(`Measurement ${measurement.id} has no municipality`)
    return municipality
  }

  // ── public reads ────────────────────────────────────────────────────────────────────────────

  /** The latest published measurement's topic scores; null when nothing is published. */
  async publishedScoresOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
  ): Promise<PublishedScores | null> {
    const published = await ctx.loaders.publishedByMunicipality.load(municipality.code)
    if (!published) return null
    return {
      measurementId: published.measurementId,
      title: published.title,
      publishedAt: published.publishedAt,
      synthetic: published.synthetic,
      topics: topicScores(published.cells, TOPIC_ORDER),
    }
  }

  /** Lowest published topic means first (ties by life-domain order). */
  async weakestTopicsOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
    limit: number,
  ): Promise<TopicScore[]> {
    const scores = await this.publishedScoresOf(ctx, municipality)
    if (!scores) return []
    return [...scores.topics].sort((a, b) => a.mean - b.mean).slice(0, limit)
  }

  /**
   * National, size-class and neighbour means of the topic over each municipality's latest
   * published measurement, each shown only from MIN_BENCHMARK_MUNICIPALITIES municipalities on.
   * National and size class include this municipality; neighbours are the others by definition.
   */
  async benchmarksOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code' | 'inhabitants'>,
    topic: string,
  ): Promise<Benchmark> {
    await this.requireTopic(ctx, topic)
    const [inputs, neighbours] = await Promise.all([
      ctx.loaders.publishedCellsByTopic.load(topic),
      ctx.loaders.neighboursByCode.load(municipality.code),
    ])
    const means = inputs.map((entry) => ({
      code: entry.municipalityCode,
      sizeClass: sizeClassOf(entry.inhabitants),
      mean: topicMean(entry.cells) ?? 0,
    }))
    const sizeClass = sizeClassOf(municipality.inhabitants)
    const neighbourCodes = new Set(neighbours.map((neighbour) => neighbour.code))
    const own = means.find((entry) => entry.code === municipality.code)
    return {
      topic,
      own: own ? round2(own.mean) : null,
      national: benchmarkValue(means.map((entry) => entry.mean)),
      sizeClass,
      sizeClassMean: benchmarkValue(
        means.filter((entry) => entry.sizeClass === sizeClass).map((entry) => entry.mean),
      ),
      neighbours: benchmarkValue(
        means.filter((entry) => neighbourCodes.has(entry.code)).map((entry) => entry.mean),
      ),
    }
  }

  /**
   * The topic's score in each measurement that covers it, oldest first. The municipality's own
   * officials and admins see every measurement (open ones too); everyone else the published ones.
   */
  async trendOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
    topic: string,
  ): Promise<TrendPoint[]> {
    await this.requireTopic(ctx, topic)
    const all = await ctx.loaders.measurementsByMunicipality.load(municipality.code)
    const visible = actsForMunicipality(ctx.actor, municipality.code)
      ? all
      : all.filter((measurement) => measurement.status === MeasurementStatus.PUBLISHED)
    const covering = visible
      .filter((measurement) => measurement.topicSlugs.includes(topic))
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    const cells = await ctx.loaders.cellsByMeasurement.loadMany(covering.map((m) => m.id))
    return covering.map((measurement, index) => {
      const loaded = cells[index]
      if (loaded instanceof Error) throw loaded
      const topicCells = (loaded ?? []).filter((cell) => cell.topic === topic)
      const mean = topicMean(topicCells)
      return {
        measurementId: measurement.id,
        title: measurement.title,
        status: measurement.status,
        startedAt: measurement.startedAt,
        publishedAt: measurement.publishedAt,
        mean: mean === null ? null : round2(mean),
        responseCount: topicCells.reduce((sum, cell) => sum + cell.responseCount, 0),
      }
    })
  }

  lifeDomainOf(ctx: RequestContext, topic: string): Promise<LifeDomain | null> {
    return ctx.loaders.lifeDomainBySlug.load(topic)
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────────

  private async findMeasurement(
    manager: EntityManager,
    id: string,
    lock: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<Measurement> {
    const measurement = await manager
      .getRepository(Measurement)
      .findOne({ where: { id: id.toLowerCase() }, lock: { mode: lock } })
    if (!measurement) {
      throw new AssessmentError(
        AssessmentErrorReason.MeasurementNotFound,
        `No measurement has the id ${id}`,
      )
    }
    return measurement
  }

  private async requireTopic(ctx: RequestContext, topic: string): Promise<void> {
    if (!(await ctx.loaders.lifeDomainBySlug.load(topic))) {
      throw new AssessmentError(
        AssessmentErrorReason.UnknownTopic,
        `Unknown life domain ${topic}; see the lifeDomains query for the slugs`,
      )
    }
  }
}

function requireActsFor(actor: Actor, municipalityCode: string): void {
  if (!actsForMunicipality(actor, municipalityCode)) {
    throw new AuthError(
      AuthErrorReason.OtherMunicipality,
      `Only officials of ${municipalityCode} and admins may do this`,
    )
  }
}

/** A page of a list already loaded whole, with cursors on the rows' ids. */
function pageInMemory<T extends { id: string }>(
  all: T[],
  page: PageQuery,
  field: string,
): Connection<T> {
  let start = 0
  if (page.after != null) {
    const id = decodeCursor(page.after)
    const index = id === null ? -1 : all.findIndex((row) => row.id === id)
    if (index === -1) {
      throw new AssessmentError(
        AssessmentErrorReason.InvalidCursor,
        `after is not a cursor returned by ${field}; pass an edge cursor or pageInfo.endCursor`,
      )
    }
    start = index + 1
  }
  return toConnection(all.slice(start, start + page.first + 1), {
    first: page.first,
    totalCount: all.length,
    hasPreviousPage: start > 0,
    keyOf: (row) => row.id,
  })
}

function isLifeDomain(value: LifeDomain | Error | null | undefined): value is LifeDomain {
  return value != null && !(value instanceof Error)
}
