import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * The open-data downloads through the real gateway and subgraphs: each CSV is checked cell by
 * cell against what the graph answers an anonymous caller (suppressed cells empty), and each
 * dataset's CSV and JSON hold the same table.
 */
type Cell = string | number | boolean | null
interface JsonDataset {
  name: string
  licence: { id: string }
  synthetic: boolean
  columns: string[]
  rows: Array<Record<string, Cell>>
}
interface IndexEntry {
  name: string
  available: boolean
  synthetic: boolean
  licence: { id: string }
  urls?: { csv: string; json: string }
}
interface OptionCount {
  option: { code: string; labelNl: string }
  count: number | null
  share: number | null
  suppressed: boolean
}
interface Group {
  key: string
  label: string
  respondents: number | null
  options: OptionCount[]
}

const AVAILABLE = ['peiling-aggregaten', 'peiling-trends', 'zelfevaluatie-scores', 'gemeenten']
/**
 * How the CSV writes a JSON cell: empty for a withheld or missing value, an apostrophe before
 * text a spreadsheet would run as a formula (docs/open-data.md).
 */
const csvCell = (cell: Cell | undefined) =>
  cell === null || cell === undefined
    ? ''
    : typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell)
      ? `'${cell}`
      : String(cell)

describe('open data through the real gateway', () => {
  let platform: TestPlatform
  const origin = () => new URL(platform.urls.graphql).origin
  const files = new Map<string, { csv: string[][]; json: JsonDataset }>()

  beforeAll(async () => {
    platform = await startTestPlatform({ admin: false, env: { RATE_LIMIT_POINTS: '100000' } })
  })
  afterAll(async () => {
    await platform?.stop()
  })

  async function download(name: string) {
    const cached = files.get(name)
    if (cached) return cached
    const csvResponse = await fetch(`${origin()}/open-data/${name}.csv`)
    expect(csvResponse.status).toBe(200)
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csvResponse.headers.get('content-disposition')).toBe(
      `attachment; filename="${name}.csv"`,
    )
    expect(csvResponse.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
    const bytes = new Uint8Array(await csvResponse.arrayBuffer())
    // UTF-8 with a byte-order mark, CRLF line ends (docs/open-data.md).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text).toContain('\r\n')
    const csv = parse(text.slice(1), { relax_column_count: false }) as string[][]

    const jsonResponse = await fetch(`${origin()}/open-data/${name}.json`)
    expect(jsonResponse.status).toBe(200)
    expect(jsonResponse.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const json = (await jsonResponse.json()) as JsonDataset
    const file = { csv, json }
    files.set(name, file)
    return file
  }

  /** The CSV's rows as objects under its header. */
  async function csvRows(name: string): Promise<Array<Record<string, string>>> {
    const { csv } = await download(name)
    const [header, ...rows] = csv
    return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])))
  }

  async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const answer = await graphql(platform.urls.graphql, query, { variables })
    expect(answer.errors).toBeUndefined()
    return answer.data as T
  }

  it('lists every dataset with its licence, formats and synthetic flag', async () => {
    const response = await fetch(`${origin()}/open-data/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const index = (await response.json()) as { datasets: IndexEntry[] }
    expect(index.datasets.map((dataset) => dataset.name)).toEqual([
      ...AVAILABLE,
      'verkiezing-uitslagen',
    ])
    for (const dataset of index.datasets) expect(dataset.licence.id).toBe('CC0-1.0')
    const byName = Object.fromEntries(index.datasets.map((dataset) => [dataset.name, dataset]))
    // The demo data is synthetic, and the graph says so; the CBS registry is not.
    expect(byName['peiling-aggregaten']!.synthetic).toBe(true)
    expect(byName['peiling-trends']!.synthetic).toBe(true)
    expect(byName['zelfevaluatie-scores']!.synthetic).toBe(true)
    expect(byName.gemeenten!.synthetic).toBe(false)
    // Its rows come from the monitor, which reads editions from the CMS's REST API (the admin,
    // not started here): open-data-election.test.ts downloads it with the whole platform.
    expect(byName['verkiezing-uitslagen']!.available).toBe(true)
    expect(byName['verkiezing-uitslagen']!.synthetic).toBe(false)
    expect(byName['peiling-aggregaten']!.urls).toEqual({
      csv: '/open-data/peiling-aggregaten.csv',
      json: '/open-data/peiling-aggregaten.json',
    })
  })

  it.each(AVAILABLE)('%s: the CSV and the JSON hold the same table', async (name) => {
    const { csv, json } = await download(name)
    expect(json.name).toBe(name)
    expect(json.licence.id).toBe('CC0-1.0')
    expect(csv[0]).toEqual(json.columns)
    expect(json.columns[0]).toBe('synthetisch')
    expect(csv.length - 1).toBe(json.rows.length)
    expect(json.rows.length).toBeGreaterThan(0)
    for (const [index, row] of json.rows.entries()) {
      expect(csv[index + 1]).toEqual(json.columns.map((column) => csvCell(row[column])))
    }
    expect(json.synthetic).toBe(json.rows.some((row) => row.synthetisch === true))
  })

  it('peiling-aggregaten: every cell as the graph gives it, suppressed cells empty', async () => {
    const rows = await csvRows('peiling-aggregaten')
    const { surveyEditions } = await ask<{
      surveyEditions: {
        edges: Array<{ node: { year: number; questions: Array<{ code: string }> } }>
      }
    }>('{ surveyEditions(first: 500) { edges { node { year questions { code } } } } }')
    const GROUP = `key label respondents options { option { code labelNl } count share suppressed }`
    let compared = 0
    let suppressed = 0
    for (const { node: edition } of surveyEditions.edges) {
      for (const { code } of edition.questions) {
        for (const [breakdown, label] of [
          ['NONE', 'landelijk'],
          ['PROVINCE', 'provincie'],
          ['SIZE_CLASS', 'grootteklasse'],
        ] as const) {
          const { surveyAggregate } = await ask<{
            surveyAggregate: { synthetic: boolean; overall: Group; groups: Group[] }
          }>(
            `query ($edition: Int!, $question: String!, $breakdown: SurveyBreakdown!) {
              surveyAggregate(edition: $edition, question: $question, breakdown: $breakdown) {
                synthetic overall { ${GROUP} } groups { ${GROUP} }
              }
            }`,
            { edition: edition.year, question: code, breakdown },
          )
          const expected = [surveyAggregate.overall, ...surveyAggregate.groups].flatMap((group) =>
            group.options.map((count) => ({
              synthetisch: String(surveyAggregate.synthetic),
              groep_code: group.key,
              groep: group.label,
              respondenten: csvCell(group.respondents),
              optie_code: count.option.code,
              optie: count.option.labelNl,
              aantal: csvCell(count.count),
              aandeel: csvCell(count.share),
              onderdrukt: String(count.suppressed),
            })),
          )
          const actual = rows
            .filter(
              (row) =>
                row.editie === String(edition.year) &&
                row.vraag_code === code &&
                row.uitsplitsing === label,
            )
            .map(({ editie: _e, vraag_code: _q, vraag: _t, uitsplitsing: _u, ...cells }) => cells)
          expect(actual, `${edition.year} ${code} ${breakdown}`).toEqual(expected)
          compared += actual.length
          suppressed += actual.filter((row) => row.onderdrukt === 'true').length
        }
      }
    }
    expect(compared).toBe(rows.length)
    // Province groups are small: the demo data has withheld cells, and they are empty.
    expect(suppressed).toBeGreaterThan(0)
    for (const row of rows.filter((candidate) => candidate.onderdrukt === 'true')) {
      expect(row.aantal).toBe('')
      expect(row.aandeel).toBe('')
    }
  })

  it('peiling-trends: the implementation-stage and LIA trends as the graph gives them', async () => {
    const rows = await csvRows('peiling-trends')
    for (const question of ['IMPLEMENTATION_STAGE', 'LIA_STATUS']) {
      const { surveyTrend } = await ask<{
        surveyTrend: {
          points: Array<{
            edition: number
            synthetic: boolean
            respondents: number | null
            options: OptionCount[]
          }>
        }
      }>(
        `query ($q: String!) { surveyTrend(question: $q) { points { edition synthetic respondents
          options { option { code labelNl } count share suppressed } } } }`,
        { q: question },
      )
      const expected = surveyTrend.points.flatMap((point) =>
        point.options.map((count) => [
          String(point.synthetic),
          String(point.edition),
          csvCell(point.respondents),
          count.option.code,
          csvCell(count.count),
          csvCell(count.share),
        ]),
      )
      const actual = rows
        .filter((row) => row.vraag_code === question)
        .map((row) => [
          row.synthetisch,
          row.editie,
          row.respondenten,
          row.optie_code,
          row.aantal,
          row.aandeel,
        ])
      expect(actual).toEqual(expected)
      expect(actual.length).toBeGreaterThan(0)
    }
  })

  it('zelfevaluatie-scores and gemeenten: per municipality as the graph gives them', async () => {
    const { municipalities } = await ask<{
      municipalities: {
        totalCount: number
        edges: Array<{
          node: {
            code: string
            province: string
            inhabitants: number
            sizeClass: string
            publishedScores: {
              synthetic: boolean
              topics: Array<{ topic: string; mean: number; responseCount: number }>
            } | null
          }
        }>
      }
    }>(`{ municipalities(first: 500) { totalCount edges { node { code province inhabitants sizeClass
      publishedScores { synthetic topics { topic mean responseCount } } } } } }`)
    const nodes = municipalities.edges.map((edge) => edge.node)

    const registry = await csvRows('gemeenten')
    expect(registry.length).toBe(municipalities.totalCount)
    expect(registry.length).toBe(342)
    expect(
      registry.map((row) => [row.gemeente_code, row.provincie, row.inwoners, row.grootteklasse]),
    ).toEqual(
      nodes.map((node) => [node.code, node.province, String(node.inhabitants), node.sizeClass]),
    )
    expect(registry.every((row) => row.synthetisch === 'false')).toBe(true)

    const scores = await csvRows('zelfevaluatie-scores')
    const expected = nodes.flatMap((node) =>
      (node.publishedScores?.topics ?? []).map((topic) => [
        String(node.publishedScores!.synthetic),
        node.code,
        topic.topic,
        String(topic.mean),
        String(topic.responseCount),
      ]),
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(
      scores.map((row) => [
        row.synthetisch,
        row.gemeente_code,
        row.levensdomein_code,
        row.score,
        row.antwoorden,
      ]),
    ).toEqual(expected)
  })

  it.each([
    ['onbekend.csv', 'DATASET_NOT_FOUND'],
    ['gemeenten.xlsx', 'DATASET_NOT_FOUND'],
  ])('answers /open-data/%s with a 404 in JSON', async (file, code) => {
    const response = await fetch(`${origin()}/open-data/${file}`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    const body = JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }
    expect(body.errors[0]!.extensions.code).toBe(code)
    expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+|127\.0\.0\.1/)
  })
})
