import { renderToolkitText } from '../../collections/ToolkitItems/renderToolkitText'
import { municipalityCodeProblem } from '../../fields/municipality'
import { findMunicipality } from '../../municipalities/registry'
import type { ElectionEdition, Nomination, ToolkitItem } from '../../payload-types'
import { type EventModel, toEventModel } from '../events/events.reads'
import type { Actor } from '../shared/actor'
import { type Connection, findConnection, type PageArgs } from '../shared/connection'
import { ContentError, ContentErrorCode } from '../shared/errors'
import { findAll, findByIds, groupByKeys, numericIds } from '../shared/find'
import { type DownloadModel, toDownload } from '../shared/media'
import { isoDate } from '../shared/readability'

type Round = NonNullable<ElectionEdition['rounds']>[number]
type RatingQuestion = NonNullable<ElectionEdition['ratingQuestions']>[number]

/** One year of the election Meest Toegankelijke Gemeente. */
export interface ElectionEditionModel {
  id: string
  year: number
  title: string | null
  theme: string | null
  rounds: Array<{ round: Round['round']; opensAt: string; closesAt: string }>
  ratingQuestions: Array<{
    lifeDomainSlug: RatingQuestion['lifeDomain']
    question: string
    influence: RatingQuestion['influence']
    weight: number
  }>
  jury: Array<{ name: string; role: string | null }>
  awards: { winnerCode: string | null; encouragementPrizeCodes: string[] }
}

/** A municipality in one edition. Contact data and notes are null when Payload withholds them. */
export interface NominationModel {
  id: string
  edition: ElectionEditionModel | null
  municipalityCode: string
  municipalityName: string | null
  stage: Nomination['stage']
  rank: number | null
  motivation: string | null
  juryReport: string | null
  campaignContact: { name: string | null; email: string | null; phone: string | null } | null
  organiserNotes: string | null
}

export interface ToolkitItemModel {
  id: string
  title: string
  kind: ToolkitItem['kind']
  description: string | null
  file: DownloadModel | null
  template: string | null
  edition: ElectionEditionModel | null
  event: EventModel | null
}

function toEditionModel(doc: ElectionEdition): ElectionEditionModel {
  return {
    id: String(doc.id),
    year: doc.year,
    title: doc.title ?? null,
    theme: doc.theme ?? null,
    rounds: (doc.rounds ?? []).map((round) => ({
      round: round.round,
      opensAt: isoDate(round.opensAt)!,
      closesAt: isoDate(round.closesAt)!,
    })),
    ratingQuestions: (doc.ratingQuestions ?? []).map((question) => ({
      lifeDomainSlug: question.lifeDomain,
      question: question.question,
      influence: question.influence,
      weight: question.weight,
    })),
    jury: (doc.jury ?? []).map((member) => ({ name: member.name, role: member.role ?? null })),
    awards: {
      winnerCode: doc.awards?.winner ?? null,
      encouragementPrizeCodes: doc.awards?.encouragementPrizes ?? [],
    },
  }
}

/** A populated relationship; an id alone means the caller may not read the edition. */
const editionOf = (value: number | ElectionEdition | null | undefined) =>
  typeof value === 'object' && value !== null ? toEditionModel(value) : null

function toNominationModel(doc: Nomination): NominationModel {
  // Payload leaves out a field the caller may not read: the group is then absent altogether.
  const contact = doc.campaignContact
  return {
    id: String(doc.id),
    edition: editionOf(doc.edition),
    municipalityCode: doc.municipality,
    municipalityName: doc.municipalityName ?? null,
    stage: doc.stage,
    rank: doc.rank ?? null,
    motivation: doc.motivation ?? null,
    juryReport: doc.juryReport ?? null,
    campaignContact: contact
      ? { name: contact.name ?? null, email: contact.email ?? null, phone: contact.phone ?? null }
      : null,
    organiserNotes: doc.organiserNotes ?? null,
  }
}

function toToolkitItemModel(doc: ToolkitItem): ToolkitItemModel {
  return {
    id: String(doc.id),
    title: doc.title,
    kind: doc.kind,
    description: doc.description ?? null,
    file: toDownload(doc.poster),
    template: doc.template ?? null,
    edition: editionOf(doc.edition),
    event: typeof doc.event === 'object' && doc.event !== null ? toEventModel(doc.event) : null,
  }
}

const EDITIONS = 'election-editions'
const NOMINATIONS = 'nominations'
const TOOLKIT_ITEMS = 'toolkit-items'

/** Editions the caller may read, newest year first. */
export function listElectionEditions(
  actor: Actor,
  args: PageArgs,
): Promise<Connection<ElectionEditionModel>> {
  return findConnection(actor, {
    collection: EDITIONS,
    kind: 'ElectionEdition',
    order: { field: 'year', direction: 'desc' },
    args,
    toNode: toEditionModel,
  })
}

/** By id, in the order asked; null where absent or not readable. One query. */
export function findElectionEditionsByIds(
  actor: Actor,
  ids: readonly string[],
): Promise<Array<ElectionEditionModel | null>> {
  return findByIds(actor, EDITIONS, ids, toEditionModel)
}

export async function findElectionEditionByYear(
  actor: Actor,
  year: number,
): Promise<ElectionEditionModel | null> {
  const [doc] = await findAll(actor, EDITIONS, { where: { year: { equals: year } } })
  return doc ? toEditionModel(doc) : null
}

/** Nominations of one edition (by year) the caller may read, in order of entry. */
export function listNominations(
  actor: Actor,
  args: PageArgs & { edition: number },
): Promise<Connection<NominationModel>> {
  return findConnection(actor, {
    collection: NOMINATIONS,
    kind: `Nomination.${args.edition}`,
    // Filtering on the edition's year reads the edition as the caller too.
    where: { 'edition.year': { equals: args.edition } },
    order: { field: 'id', direction: 'asc' },
    depth: 1,
    args,
    toNode: toNominationModel,
  })
}

/** By id, in the order asked; null where absent or not readable. One query. */
export function findNominationsByIds(
  actor: Actor,
  ids: readonly string[],
): Promise<Array<NominationModel | null>> {
  return findByIds(actor, NOMINATIONS, ids, toNominationModel, { depth: 1 })
}

/** The nominations of each municipality (CBS code), newest first, in the order asked. One query. */
export async function findNominationsByMunicipalities(
  actor: Actor,
  codes: readonly string[],
): Promise<NominationModel[][]> {
  const docs = await findAll(actor, NOMINATIONS, {
    where: { municipality: { in: [...new Set(codes)] } },
    depth: 1,
  })
  return groupByKeys(codes, docs.map(toNominationModel), (nomination) => [
    nomination.municipalityCode,
  ])
}

/** Toolkit items of one edition (by year) the caller may read, in order of entry. */
export function listToolkitItems(
  actor: Actor,
  args: PageArgs & { edition: number },
): Promise<Connection<ToolkitItemModel>> {
  return findConnection(actor, {
    collection: TOOLKIT_ITEMS,
    kind: `ToolkitItem.${args.edition}`,
    where: { 'edition.year': { equals: args.edition } },
    order: { field: 'id', direction: 'asc' },
    depth: 1,
    args,
    toNode: toToolkitItemModel,
  })
}

export async function findToolkitItemById(
  actor: Actor,
  id: string,
): Promise<ToolkitItemModel | null> {
  const [wanted] = numericIds([id])
  if (wanted === undefined) return null
  const [doc] = await findAll(actor, TOOLKIT_ITEMS, { where: { id: { equals: wanted } }, depth: 1 })
  return doc ? toToolkitItemModel(doc) : null
}

/**
 * A ready-made text filled in for one municipality, as the CMS's render endpoint does; null for
 * items without a text. BAD_USER_INPUT for a code that is not a current municipality.
 */
export function renderToolkitItemText(item: ToolkitItemModel, code: string): string | null {
  if (item.kind !== 'text' || !item.template || !item.edition) return null
  const problem = municipalityCodeProblem(code)
  const municipality = findMunicipality(code)
  if (problem || !municipality) {
    throw new ContentError(ContentErrorCode.BadUserInput, problem?.en ?? `Unknown code ${code}`)
  }
  return renderToolkitText(item.template, municipality, item.edition)
}
