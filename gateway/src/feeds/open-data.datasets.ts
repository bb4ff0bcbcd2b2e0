import type { GraphReader } from './graph.js'

/** One cell: empty (null) where the graph withholds or has no value. */
export type Cell = string | number | boolean | null
export type Row = Record<string, Cell>

/** A dataset's content: Dutch column headers, in file order, and its rows. */
export interface DatasetTable {
  columns: readonly string[]
  rows: Row[]
}

export interface Licence {
  id: string
  name: string
  url: string
}

/** Our own figures (the peiling, the self-assessment scores, the election). */
export const CC0: Licence = {
  id: 'CC0-1.0',
  name: 'CC0 1.0 Universal (public domain)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
}

export interface Dataset {
  /** URL name: /open-data/<name>.csv and .json. */
  name: string
  title: string
  description: string
  licence: Licence
  /** Read the whole table from the graph; absent while the dataset is not yet available. */
  read?: (graph: GraphReader) => Promise<DatasetTable>
  /** Why the dataset cannot be downloaded yet. */
  unavailable?: string
}

/** The column every file starts with: true for generated demo data (docs/open-data.md). */
export const SYNTHETIC = 'synthetisch'

const SURVEY_GROUP = `
  fragment OpenDataGroup on SurveyGroupAggregate {
    key label respondents suppressed
    options { option { code labelNl } count share suppressed }
  }
`
const AGGREGATE_TABLE = `fragment OpenDataAggregate on SurveyAggregate {
  synthetic overall { ...OpenDataGroup } groups { ...OpenDataGroup }
}`

interface SurveyOptionCount {
  option: { code: string; labelNl: string }
  count: number | null
  share: number | null
  suppressed: boolean
}
interface SurveyGroup {
  key: string
  label: string
  respondents: number | null
  suppressed: boolean
  options: SurveyOptionCount[]
}
interface SurveyTable {
  synthetic: boolean
  overall: SurveyGroup
  groups: SurveyGroup[]
}

const BREAKDOWNS = [
  ['national', 'landelijk'],
  ['province', 'provincie'],
  ['sizeClass', 'grootteklasse'],
] as const

const PEILING_COLUMNS = [
  SYNTHETIC,
  'editie',
  'vraag_code',
  'vraag',
  'uitsplitsing',
  'groep_code',
  'groep',
  'respondenten',
  'optie_code',
  'optie',
  'aantal',
  'aandeel',
  'onderdrukt',
] as const

/**
 * Questions asked in one operation: three aliased aggregates each, so 18 aliases (the limit is
 * 30) and a cost well under the limit; an edition of six questions is one subgraph request.
 */
const QUESTIONS_PER_OPERATION = 6

function aggregatesOperation(questions: number): string {
  const indexes = [...Array(questions).keys()]
  const breakdownEnum = { national: 'NONE', province: 'PROVINCE', sizeClass: 'SIZE_CLASS' }
  return `query OpenDataAggregates($edition: Int!, ${indexes.map((i) => `$q${i}: String!`).join(', ')}) {
    ${indexes
      .flatMap((i) =>
        BREAKDOWNS.map(
          ([alias]) =>
            `q${i}_${alias}: surveyAggregate(edition: $edition, question: $q${i}, breakdown: ${breakdownEnum[alias]}) { ...OpenDataAggregate }`,
        ),
      )
      .join('\n')}
  }
  ${AGGREGATE_TABLE}
  ${SURVEY_GROUP}`
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size))
  return result
}

/**
 * Every edition × question × breakdown exactly as the graph's surveyAggregate gives it: each
 * breakdown is its own table with its own overall row, since the suppression rule protects a
 * table as a whole (docs/survey.md); a withheld cell is empty.
 */
async function readPeiling(graph: GraphReader): Promise<DatasetTable> {
  const { surveyEditions } = await graph.query<{
    surveyEditions: {
      edges: Array<{ node: { year: number; questions: Array<{ code: string; textNl: string }> } }>
    }
  }>(`query OpenDataEditions { surveyEditions(first: 500) {
    edges { node { year questions { code textNl } } }
  } }`)
  const rows: Row[] = []
  for (const { node: edition } of surveyEditions.edges) {
    for (const questions of chunks(edition.questions, QUESTIONS_PER_OPERATION)) {
      const tables = await graph.query<Record<string, SurveyTable | null>>(
        aggregatesOperation(questions.length),
        {
          edition: edition.year,
          ...Object.fromEntries(questions.map((question, i) => [`q${i}`, question.code])),
        },
      )
      for (const [i, question] of questions.entries()) {
        for (const [alias, breakdown] of BREAKDOWNS) {
          const table = tables[`q${i}_${alias}`]
          if (!table) continue
          for (const group of [table.overall, ...table.groups]) {
            for (const count of group.options) {
              rows.push({
                [SYNTHETIC]: table.synthetic,
                editie: edition.year,
                vraag_code: question.code,
                vraag: question.textNl,
                uitsplitsing: breakdown,
                groep_code: group.key,
                groep: group.label,
                respondenten: group.respondents,
                optie_code: count.option.code,
                optie: count.option.labelNl,
                aantal: count.count,
                aandeel: count.share,
                onderdrukt: count.suppressed,
              })
            }
          }
        }
      }
    }
  }
  return { columns: PEILING_COLUMNS, rows }
}

/** The two questions the reports follow over the years. */
const TREND_QUESTIONS = ['IMPLEMENTATION_STAGE', 'LIA_STATUS'] as const
const TREND_COLUMNS = [
  SYNTHETIC,
  'vraag_code',
  'vraag',
  'editie',
  'respondenten',
  'optie_code',
  'optie',
  'aantal',
  'aandeel',
  'onderdrukt',
] as const

async function readTrends(graph: GraphReader): Promise<DatasetTable> {
  interface Trend {
    question: { code: string; textNl: string }
    points: Array<{
      edition: number
      synthetic: boolean
      respondents: number | null
      options: SurveyOptionCount[]
    }>
  }
  const trends = await graph.query<Record<string, Trend | null>>(
    `query OpenDataTrends {
      ${TREND_QUESTIONS.map(
        (code) => `${code}: surveyTrend(question: "${code}") {
          question { code textNl }
          points { edition synthetic respondents
            options { option { code labelNl } count share suppressed } }
        }`,
      ).join('\n')}
    }`,
  )
  const rows: Row[] = []
  for (const code of TREND_QUESTIONS) {
    const trend = trends[code]
    if (!trend) continue
    for (const point of trend.points) {
      for (const count of point.options) {
        rows.push({
          [SYNTHETIC]: point.synthetic,
          vraag_code: trend.question.code,
          vraag: trend.question.textNl,
          editie: point.edition,
          respondenten: point.respondents,
          optie_code: count.option.code,
          optie: count.option.labelNl,
          aantal: count.count,
          aandeel: count.share,
          onderdrukt: count.suppressed,
        })
      }
    }
  }
  return { columns: TREND_COLUMNS, rows }
}

/** The monitor's largest page is 500; 100 keeps each operation's cost far below the limit. */
const MUNICIPALITY_PAGE = 100

async function readMunicipalities<T>(graph: GraphReader, fields: string): Promise<T[]> {
  const nodes: T[] = []
  let after: string | null = null
  // 342 municipalities: four pages; the bound only guards against a cursor that never ends.
  for (let page = 0; page < 20; page++) {
    const { municipalities }: { municipalities: MunicipalityPage<T> } = await graph.query<{
      municipalities: MunicipalityPage<T>
    }>(
      `query OpenDataMunicipalities($first: Int!, $after: String) {
        municipalities(first: $first, after: $after) {
          edges { node { ${fields} } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { first: MUNICIPALITY_PAGE, after },
    )
    nodes.push(...municipalities.edges.map((edge) => edge.node))
    if (!municipalities.pageInfo.hasNextPage || !municipalities.pageInfo.endCursor) break
    after = municipalities.pageInfo.endCursor
  }
  return nodes
}

interface MunicipalityPage<T> {
  edges: Array<{ node: T }>
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

const PERSPECTIVES = [
  ['COLLEAGUES', 'collegas'],
  ['ADMINISTRATORS', 'bestuurders'],
  ['RESIDENTS', 'inwoners'],
] as const

const SCORE_COLUMNS = [
  SYNTHETIC,
  'gemeente_code',
  'gemeente',
  'provincie',
  'meting_id',
  'meting',
  'gepubliceerd_op',
  'levensdomein_code',
  'levensdomein',
  'score',
  'antwoorden',
  ...PERSPECTIVES.flatMap(([, nl]) => [`score_${nl}`, `antwoorden_${nl}`]),
] as const

async function readScores(graph: GraphReader): Promise<DatasetTable> {
  interface Scored {
    code: string
    name: string
    province: string
    publishedScores: {
      measurementId: string
      title: string
      publishedAt: string
      synthetic: boolean
      topics: Array<{
        topic: string
        mean: number
        responseCount: number
        lifeDomain: { nameNl: string }
        perspectives: Array<{ perspective: string; mean: number; responseCount: number }>
      }>
    } | null
  }
  const municipalities = await readMunicipalities<Scored>(
    graph,
    `code name province publishedScores { measurementId title publishedAt synthetic
      topics { topic mean responseCount lifeDomain { nameNl }
        perspectives { perspective mean responseCount } } }`,
  )
  const rows: Row[] = []
  for (const municipality of municipalities) {
    const scores = municipality.publishedScores
    if (!scores) continue
    for (const topic of scores.topics) {
      const row: Row = {
        [SYNTHETIC]: scores.synthetic,
        gemeente_code: municipality.code,
        gemeente: municipality.name,
        provincie: municipality.province,
        meting_id: scores.measurementId,
        meting: scores.title,
        gepubliceerd_op: scores.publishedAt,
        levensdomein_code: topic.topic,
        levensdomein: topic.lifeDomain.nameNl,
        score: topic.mean,
        antwoorden: topic.responseCount,
      }
      for (const [perspective, nl] of PERSPECTIVES) {
        const found = topic.perspectives.find((entry) => entry.perspective === perspective)
        row[`score_${nl}`] = found?.mean ?? null
        row[`antwoorden_${nl}`] = found?.responseCount ?? null
      }
      rows.push(row)
    }
  }
  return { columns: SCORE_COLUMNS, rows }
}

const REGISTRY_COLUMNS = [
  SYNTHETIC,
  'gemeente_code',
  'gemeente',
  'provincie',
  'inwoners',
  'oppervlakte_km2',
  'hoofdplaats',
  'grootteklasse',
] as const

async function readRegistry(graph: GraphReader): Promise<DatasetTable> {
  interface Registered {
    code: string
    name: string
    province: string
    inhabitants: number
    areaKm2: number
    seat: string
    sizeClass: string
  }
  const municipalities = await readMunicipalities<Registered>(
    graph,
    'code name province inhabitants areaKm2 seat sizeClass',
  )
  return {
    columns: REGISTRY_COLUMNS,
    // The registry is the CBS list of municipalities, never generated.
    rows: municipalities.map((municipality) => ({
      [SYNTHETIC]: false,
      gemeente_code: municipality.code,
      gemeente: municipality.name,
      provincie: municipality.province,
      inwoners: municipality.inhabitants,
      oppervlakte_km2: municipality.areaKm2,
      hoofdplaats: municipality.seat,
      grootteklasse: municipality.sizeClass,
    })),
  }
}

const ELECTION_COLUMNS = [
  SYNTHETIC,
  'editie',
  'ronde',
  'ronde_gesloten_op',
  'plaats',
  'gemeente_code',
  'gemeente',
  'provincie',
  'levensdomein_code',
  'levensdomein',
  'score',
  'beoordelingen',
  'antwoorden',
  'stemmen',
  'fase',
] as const

/** The rounds with public figures, in file order; the jury's decision is in the CMS (awards). */
const ELECTION_ROUNDS = [
  ['RATING', 'beoordeling', 'electionRatingResults'],
  ['PUBLIC_VOTE', 'publieksstemming', 'electionVoteResults'],
] as const

/**
 * What the monitor answers before a round has closed, or for an edition it does not know (yet):
 * the round has no public figures, so the file has no rows for it.
 */
const NOT_PUBLIC = [
  { code: 'FORBIDDEN', reason: 'RESULTS_NOT_PUBLIC' },
  { code: 'NOT_FOUND', reason: 'EDITION_NOT_FOUND' },
] as const

const ALL_LIFE_DOMAINS = 'ALL'

interface ElectionMunicipality {
  name: string
  province: string
}
interface RatingResult {
  rank: number | null
  municipalityCode: string
  ratingCount: number
  overallScore: number | null
  municipality: ElectionMunicipality | null
  lifeDomains: Array<{
    lifeDomainSlug: string
    score: number | null
    answerCount: number
    lifeDomain: { nameNl: string } | null
  }>
}
interface VoteResult {
  rank: number
  municipalityCode: string
  stage: string
  voteCount: number
  municipality: ElectionMunicipality | null
}

const ELECTION_QUERIES = {
  electionRatingResults: `query OpenDataElectionRating($year: Int!) {
    results: electionRatingResults(year: $year) {
      rank municipalityCode ratingCount overallScore municipality { name province }
      lifeDomains { lifeDomainSlug score answerCount lifeDomain { nameNl } }
    }
  }`,
  electionVoteResults: `query OpenDataElectionVote($year: Int!) {
    results: electionVoteResults(year: $year) {
      rank municipalityCode stage voteCount municipality { name province }
    }
  }`,
} as const

interface ElectionEditionNode {
  year: number
  rounds: Array<{ round: string; closesAt: string }>
}
interface ElectionEditionPage {
  edges: Array<{ node: ElectionEditionNode }>
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

/** The published editions with their rounds (the content graph), oldest first. */
async function readElectionEditions(graph: GraphReader): Promise<ElectionEditionNode[]> {
  const editions: ElectionEditionNode[] = []
  let after: string | null = null
  // A few editions exist; the bound only guards against a cursor that never ends.
  for (let page = 0; page < 20; page++) {
    const { electionEditions }: { electionEditions: ElectionEditionPage } = await graph.query<{
      electionEditions: ElectionEditionPage
    }>(
      `query OpenDataElectionEditions($after: String) {
        electionEditions(first: 100, after: $after) {
          edges { node { year rounds { round closesAt } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { after },
    )
    editions.push(...electionEditions.edges.map((edge) => edge.node))
    if (!electionEditions.pageInfo.hasNextPage || !electionEditions.pageInfo.endCursor) break
    after = electionEditions.pageInfo.endCursor
  }
  return editions.sort((a, b) => a.year - b.year)
}

/**
 * Each edition's public results, oldest edition first, the rating before the public vote: only
 * rounds that have closed, and only what the graph shows an anonymous caller — the monitor
 * decides (scores from 10 ratings, nothing before the close); a round it still refuses has no
 * rows. The monitor generates no ratings or votes (the demo seeds none), so no row is synthetic.
 */
async function readElectionResults(graph: GraphReader): Promise<DatasetTable> {
  const rows: Row[] = []
  const now = Date.now()
  for (const edition of await readElectionEditions(graph)) {
    for (const [kind, ronde, field] of ELECTION_ROUNDS) {
      const round = edition.rounds.find((candidate) => candidate.round === kind)
      // A round still open or to come is not even asked for: the monitor would refuse it.
      if (!round || Date.parse(round.closesAt) > now) continue
      const common = {
        [SYNTHETIC]: false,
        editie: edition.year,
        ronde,
        ronde_gesloten_op: round.closesAt,
      }
      const answer = await graph.queryUnlessRefused<{ results: Array<RatingResult | VoteResult> }>(
        ELECTION_QUERIES[field],
        { year: edition.year },
        NOT_PUBLIC,
      )
      if (!answer) continue
      for (const result of answer.results) {
        const where = {
          ...common,
          plaats: result.rank,
          gemeente_code: result.municipalityCode,
          gemeente: result.municipality?.name ?? null,
          provincie: result.municipality?.province ?? null,
        }
        if ('voteCount' in result) {
          rows.push({ ...where, stemmen: result.voteCount, fase: result.stage })
          continue
        }
        rows.push({
          ...where,
          levensdomein_code: ALL_LIFE_DOMAINS,
          levensdomein: 'Alle levensdomeinen',
          score: result.overallScore,
          beoordelingen: result.ratingCount,
        })
        for (const domain of result.lifeDomains) {
          rows.push({
            ...where,
            levensdomein_code: domain.lifeDomainSlug,
            levensdomein: domain.lifeDomain?.nameNl ?? null,
            score: domain.score,
            beoordelingen: result.ratingCount,
            antwoorden: domain.answerCount,
          })
        }
      }
    }
  }
  return { columns: ELECTION_COLUMNS, rows }
}

/** The public datasets, in the order of the index (docs/open-data.md). */
export const DATASETS: readonly Dataset[] = [
  {
    name: 'peiling-aggregaten',
    title: 'Peiling VN-verdrag Handicap: antwoorden per editie en vraag',
    description:
      'Per editie, vraag en uitsplitsing (landelijk, per provincie, per grootteklasse) het aantal ' +
      'gemeenten per antwoord en hun aandeel; cellen onder 5 gemeenten zijn leeg (onderdrukt).',
    licence: CC0,
    read: readPeiling,
  },
  {
    name: 'peiling-trends',
    title: 'Peiling: fase van uitvoering en Lokale Inclusie Agenda door de jaren',
    description:
      'Landelijke cijfers van de vragen IMPLEMENTATION_STAGE en LIA_STATUS in elke editie die ze stelde.',
    licence: CC0,
    read: readTrends,
  },
  {
    name: 'zelfevaluatie-scores',
    title: 'Monitor VN-verdrag Handicap: gepubliceerde scores per gemeente',
    description:
      'De score per levensdomein (1–10) uit de laatste gepubliceerde zelfevaluatie van elke ' +
      'gemeente, met de score per perspectief en het aantal antwoorden.',
    licence: CC0,
    read: readScores,
  },
  {
    name: 'gemeenten',
    title: 'Gemeenten van Nederland',
    description:
      'De 342 gemeenten met CBS-code, provincie, inwoners (1 januari 2025), oppervlakte, hoofdplaats en grootteklasse.',
    licence: CC0,
    read: readRegistry,
  },
  {
    name: 'verkiezing-uitslagen',
    title: 'Verkiezing Meest Toegankelijke Gemeente: uitslagen',
    description:
      'Per editie de openbare uitslag van de beoordelingsronde (score per gemeente en ' +
      'levensdomein, 0–100, vanaf 10 beoordelingen) en van de publieksstemming (stemmen per ' +
      'genomineerde gemeente), zodra die ronde gesloten is.',
    licence: CC0,
    read: readElectionResults,
  },
]

/**
 * Whether each available dataset holds synthetic demo data, from the flags the graph itself
 * exposes (SurveyEdition.synthetic, PublishedScores.synthetic), in one operation for the index.
 */
export async function readSyntheticFlags(graph: GraphReader): Promise<Record<string, boolean>> {
  const { surveyEditions, scores } = await graph.query<{
    surveyEditions: { edges: Array<{ node: { synthetic: boolean } }> }
    scores: { edges: Array<{ node: { publishedScores: { synthetic: boolean } | null } }> }
  }>(`query OpenDataSynthetic {
    surveyEditions(first: 500) { edges { node { synthetic } } }
    scores: municipalities(first: 500) { edges { node { publishedScores { synthetic } } } }
  }`)
  const survey = surveyEditions.edges.some((edge) => edge.node.synthetic)
  return {
    'peiling-aggregaten': survey,
    'peiling-trends': survey,
    'zelfevaluatie-scores': scores.edges.some((edge) => edge.node.publishedScores?.synthetic),
    gemeenten: false,
    // The monitor holds only what residents submitted: no generated ratings or votes.
    'verkiezing-uitslagen': false,
  }
}
