import type { Where } from 'payload'
import type { PracticeExample } from '../../payload-types'
import type { Actor } from '../shared/actor'
import { type Connection, findConnection, type PageArgs } from '../shared/connection'
import { type ContentFilter, contentFilterWheres, municipalityWhere } from '../shared/filters'
import { findAll, findByIds, groupByKeys } from '../shared/find'
import { mediaId } from '../shared/media'
import type { PublishedContentLoader } from '../municipality/municipality.reads'
import { readsPublishedOnly } from '../shared/published'
import { isoDate, type ReadabilityModel, toReadability } from '../shared/readability'
import { and } from '../shared/where'
import type { PracticeExampleDoc } from './practiceExamples.sql'

/** What the content subgraph tells about a practice example (praktijkvoorbeeld). */
export interface PracticeExampleModel {
  id: string
  title: string
  slug: string
  kind: PracticeExample['kind']
  municipalityCode: string
  municipalityName: string | null
  lifeDomainSlugs: string[]
  summary: string
  /** Resolved only when asked for, through the request's media loader. */
  imageId: number | null
  /** The stored rich text (Lexical JSON): `bodyText` is derived from it only when asked for. */
  body: unknown
  video: PracticeExampleVideoModel | null
  publishedAt: string | null
  readability: ReadabilityModel
}

export interface PracticeExampleVideoModel {
  url: string
  transcript: string | null
  /** The WebVTT captions upload; its URL is resolved through the media loader when asked. */
  captionsId: number | null
}

export interface PracticeExampleFilter extends ContentFilter {
  municipality?: string | null
  kind?: PracticeExample['kind'] | null
}

const COLLECTION = 'practice-examples'
// Depth 0: the image and the captions file are read through the media loader only when a query
// asks for them (a populating find evaluates the media read access, a scan of the published
// documents).
const DEPTH = 0
// Only the fields the graph serves (what the SQL path reads too).
const SELECT = {
  title: true,
  slug: true,
  kind: true,
  municipality: true,
  municipalityName: true,
  lifeDomains: true,
  summary: true,
  image: true,
  body: true,
  videoUrl: true,
  transcript: true,
  captions: true,
  publishedAt: true,
  readability: true,
} as const satisfies Record<Exclude<keyof PracticeExampleDoc, 'id'>, true>
const FIELDS = Object.keys(SELECT)

function toModel(doc: PracticeExampleDoc): PracticeExampleModel {
  return {
    id: String(doc.id),
    title: doc.title,
    slug: doc.slug,
    kind: doc.kind,
    municipalityCode: doc.municipality,
    municipalityName: doc.municipalityName ?? null,
    lifeDomainSlugs: doc.lifeDomains ?? [],
    summary: doc.summary,
    imageId: mediaId(doc.image),
    body: doc.body ?? null,
    video: doc.videoUrl
      ? {
          url: doc.videoUrl,
          transcript: doc.transcript ?? null,
          captionsId: mediaId(doc.captions),
        }
      : null,
    publishedAt: isoDate(doc.publishedAt),
    readability: toReadability(doc.readability),
  }
}

const filterWhere = (filter: PracticeExampleFilter | null | undefined): Where | undefined =>
  and(
    ...contentFilterWheres(filter),
    filter?.municipality ? municipalityWhere('municipality', filter.municipality) : undefined,
    filter?.kind ? { kind: { equals: filter.kind } } : undefined,
  )

/** Practice examples the caller may read, newest first. */
export function listPracticeExamples(
  actor: Actor,
  args: PageArgs & { filter?: PracticeExampleFilter | null },
): Promise<Connection<PracticeExampleModel>> {
  return findConnection(actor, {
    collection: COLLECTION,
    kind: 'PracticeExample',
    where: filterWhere(args.filter),
    depth: DEPTH,
    select: SELECT,
    args,
    toNode: toModel,
  })
}

export async function findPracticeExampleBySlug(
  actor: Actor,
  slug: string,
): Promise<PracticeExampleModel | null> {
  const [doc] = await findAll(actor, COLLECTION, {
    where: { slug: { equals: slug } },
    depth: DEPTH,
    select: SELECT,
  })
  return doc ? toModel(doc) : null
}

/** By id, in the order asked; null where absent or not readable. One query. */
export function findPracticeExamplesByIds(
  actor: Actor,
  ids: readonly string[],
): Promise<Array<PracticeExampleModel | null>> {
  return findByIds(actor, COLLECTION, ids, toModel, { depth: DEPTH, select: SELECT })
}

/**
 * The practice examples of each municipality (CBS code), newest first. One statement: for
 * a caller who reads published documents only (shared/published.ts), the published rows in SQL,
 * through the request's loader shared with the knowledge products; else Payload's `find` as the
 * caller.
 */
export async function findPracticeExamplesByMunicipalities(
  actor: Actor,
  codes: readonly string[],
  published: PublishedContentLoader,
): Promise<PracticeExampleModel[][]> {
  if (await readsPublishedOnly(actor, COLLECTION, FIELDS)) {
    const contents = await Promise.all(codes.map((code) => published.load(code)))
    return contents.map(({ practiceExamples }) => practiceExamples.map(toModel))
  }
  const docs = await practiceExampleDocsByMunicipalities(actor, codes)
  return groupByKeys(codes, docs.map(toModel), (example) => [example.municipalityCode])
}

/** The same documents through Payload's Local API as the caller: for every caller and rule. */
export function practiceExampleDocsByMunicipalities(
  actor: Actor,
  codes: readonly string[],
): Promise<PracticeExampleDoc[]> {
  return findAll(actor, COLLECTION, {
    where: { municipality: { in: [...new Set(codes)] } },
    depth: DEPTH,
    select: SELECT,
  })
}

/** The practice examples of each life domain (slug), in the order asked. One query. */
export async function findPracticeExamplesByLifeDomains(
  actor: Actor,
  slugs: readonly string[],
): Promise<PracticeExampleModel[][]> {
  const docs = await findAll(actor, COLLECTION, {
    where: { lifeDomains: { in: [...new Set(slugs)] } },
    depth: DEPTH,
    select: SELECT,
  })
  return groupByKeys(slugs, docs.map(toModel), (example) => example.lifeDomainSlugs)
}
