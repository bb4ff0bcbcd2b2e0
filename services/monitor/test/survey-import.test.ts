import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoSurvey } from '../src/demo/seed-demo-survey'
import { startTestMonitor, type TestMonitor } from './support/monitor'
import { actorHeaders, TEST_PAYLOAD_SECRET } from './support/tokens'

const run = promisify(execFile)

let monitor: TestMonitor
let as: Awaited<ReturnType<typeof actorHeaders>>
let codes: string[]
let folder: string

beforeAll(async () => {
  monitor = await startTestMonitor()
  as = await actorHeaders()
  const rows: Array<{ code: string }> = await monitor.dataSource.query(
    `SELECT "code" FROM "municipality" ORDER BY "code"`,
  )
  codes = rows.map((row) => row.code)
  folder = mkdtempSync(path.join(tmpdir(), 'survey-import-'))
})

afterAll(async () => {
  if (folder) rmSync(folder, { recursive: true, force: true })
  await monitor?.destroy()
})

interface ImportResult {
  edition: number
  rows: number
  inserted: number
  updated: number
  unchanged: number
  syntheticRemoved: number
}

const IMPORT = `mutation ($input: ImportSurveyResponsesInput!) {
  importSurveyResponses(input: $input) { edition rows inserted updated unchanged syntheticRemoved }
}`

/** As admin unless told otherwise; null is anonymous. */
function importCsv(edition: number, csv: string, authorization: string | null = as.admin) {
  return monitor.execute<{ importSurveyResponses: ImportResult }>(
    IMPORT,
    { input: { edition, csv } },
    authorization === null ? {} : { authorization },
  )
}

async function edition(year: number): Promise<{ synthetic: boolean; respondentCount: number }> {
  const result = await monitor.execute<{
    surveyEdition: { synthetic: boolean; respondentCount: number }
  }>(`query ($year: Int!) { surveyEdition(year: $year) { synthetic respondentCount } }`, { year })
  return result.data!.surveyEdition
}

const HEADER_2023 =
  'municipality_code,IMPLEMENTATION_STAGE,LIA_STATUS,OBSTACLES,SUPPORT_WANTED,WORKS_WITH_RESIDENTS'
const STAGES = ['FULLY_ENGAGED', 'WILLING_WITH_OBSTACLES', 'NOT_STARTED']
const LIA = ['NOT_STARTED', 'EXPLORING', 'IN_DEVELOPMENT', 'ADOPTED', 'IN_EXECUTION']

/** A valid row for every municipality, answers varying by position. */
function fullFile(variant = 0): string[] {
  return [
    HEADER_2023,
    ...codes.map(
      (code, index) =>
        `${code},${STAGES[(index + variant) % 3]},${LIA[(index + variant) % 5]},` +
        `LACK_OF_CAPACITY|LACK_OF_MONEY,"KNOWLEDGE_PRODUCTS | PRACTICE_EXAMPLES",` +
        `${index % 9 === 0 ? 'NO' : 'YES_STRUCTURALLY'}`,
    ),
  ]
}

describe('importSurveyResponses access', () => {
  const csv = 'municipality_code,LIA_STATUS\nGM0363,ADOPTED\n'

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await importCsv(2019, csv, null)

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it.each(['editor', 'amsterdamOfficial'] as const)(
    'refuses %s with FORBIDDEN and writes nothing',
    async (actor) => {
      const result = await importCsv(2019, csv, as[actor])

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ROLE_NOT_ALLOWED',
      })
      expect(await edition(2019)).toEqual({ synthetic: true, respondentCount: 148 })
    },
  )
})

describe('importSurveyResponses', () => {
  const csv = [
    'municipality_code,LIA_STATUS,OBSTACLES,IMPLEMENTATION_STAGE',
    'GM0363,IN_EXECUTION,LACK_OF_CAPACITY|LACK_OF_MONEY,FULLY_ENGAGED',
    'GM0599,ADOPTED,,WILLING_WITH_OBSTACLES',
    'GM0014,EXPLORING,NONE,',
  ].join('\n')

  it('replaces the demo responses of an edition on its first real import', async () => {
    const result = await importCsv(2022, csv)

    expect(result.errors).toBeUndefined()
    expect(result.data!.importSurveyResponses).toEqual({
      edition: 2022,
      rows: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      syntheticRemoved: 160,
    })
    expect(await edition(2022)).toEqual({ synthetic: false, respondentCount: 3 })
  })

  it('stores the chosen options, readable by the municipality’s own official', async () => {
    const result = await monitor.execute<{
      municipality: {
        surveyResponse: { answers: { question: { code: string }; options: { code: string }[] }[] }
      }
    }>(
      `{ municipality(code: "GM0363") { surveyResponse(edition: 2022) {
        answers { question { code } options { code } }
      } } }`,
      undefined,
      { authorization: as.amsterdamOfficial },
    )

    expect(result.data!.municipality.surveyResponse.answers).toEqual([
      { question: { code: 'IMPLEMENTATION_STAGE' }, options: [{ code: 'FULLY_ENGAGED' }] },
      { question: { code: 'LIA_STATUS' }, options: [{ code: 'IN_EXECUTION' }] },
      {
        question: { code: 'OBSTACLES' },
        options: [{ code: 'LACK_OF_CAPACITY' }, { code: 'LACK_OF_MONEY' }],
      },
    ])
  })

  it('suppresses the public figures of an edition with fewer than 5 respondents', async () => {
    const result = await monitor.execute<{
      surveyAggregate: { overall: { respondents: number | null; suppressed: boolean } }
    }>(`{ surveyAggregate(edition: 2022, question: "LIA_STATUS") {
      overall { respondents suppressed }
    } }`)

    expect(result.data!.surveyAggregate.overall).toEqual({ respondents: null, suppressed: true })
  })

  it('changes nothing when the same file is imported again', async () => {
    const before = await monitor.dataSource.query(
      `SELECT "municipality_code", "updated_at" FROM "survey_response" WHERE "edition_year" = 2022
       ORDER BY 1`,
    )
    const result = await importCsv(2022, csv)
    const after = await monitor.dataSource.query(
      `SELECT "municipality_code", "updated_at" FROM "survey_response" WHERE "edition_year" = 2022
       ORDER BY 1`,
    )

    expect(result.data!.importSurveyResponses).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      syntheticRemoved: 0,
    })
    expect(after).toEqual(before)
  })

  it('counts a row with different answers as updated and keeps municipalities not in the file', async () => {
    const changed = [
      'municipality_code,LIA_STATUS',
      'GM0363,IN_EXECUTION', // drops the other answers: a row is the whole response
      'GM0518,NOT_STARTED',
    ].join('\n')
    const result = await importCsv(2022, changed)

    expect(result.data!.importSurveyResponses).toMatchObject({ rows: 2, inserted: 1, updated: 1 })
    expect(await edition(2022)).toEqual({ synthetic: false, respondentCount: 4 })
  })
})

describe('start-up seed after an import', () => {
  it('leaves an edition with imported responses alone', async () => {
    const result = await seedDemoSurvey(monitor.dataSource)

    expect(result.demoResponsesWritten).toBe(0)
    expect(await edition(2022)).toEqual({ synthetic: false, respondentCount: 4 })
  })
})

describe('import validation: one bad row writes nothing', () => {
  const header = 'municipality_code,IMPLEMENTATION_STAGE,LIA_STATUS,OBSTACLES'
  const good = 'GM0363,FULLY_ENGAGED,IN_EXECUTION,LACK_OF_MONEY'

  it.each([
    ['an unknown municipality', `GM9999,NOT_STARTED,,`, 'Row 3, column municipality_code'],
    ['a malformed municipality code', `0363,NOT_STARTED,,`, 'Row 3, column municipality_code'],
    ['an option the question lacks', `GM0599,NOT_STARTED,SOMEWHERE,`, 'Row 3, column LIA_STATUS'],
    [
      'two choices for a single-choice question',
      `GM0599,NOT_STARTED|FULLY_ENGAGED,,`,
      'Row 3, column IMPLEMENTATION_STAGE',
    ],
    ['an option listed twice', `GM0599,,,LACK_OF_MONEY|LACK_OF_MONEY`, 'Row 3, column OBSTACLES'],
    [
      'an empty choice between separators',
      `GM0599,,,LACK_OF_MONEY||NONE`,
      'Row 3, column OBSTACLES',
    ],
    ['a municipality twice', `GM0363,NOT_STARTED,,`, 'Row 3, column municipality_code'],
    ['too few fields', `GM0599,NOT_STARTED`, 'Row 3: has 2 fields'],
    ['no answers at all', `GM0599,,,`, 'Row 3: GM0599 answers no question'],
  ])('rejects %s with INVALID_IMPORT_ROW naming row and column', async (_case, row, where) => {
    const result = await importCsv(2021, [header, good, row].join('\n'))

    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_IMPORT_ROW',
    })
    expect(result.errors?.[0]?.message).toContain(where)
    expect(await edition(2021)).toEqual({ synthetic: true, respondentCount: 171 })
  })

  it('rejects a question the edition did not ask in the header row', async () => {
    const result = await importCsv(2018, 'municipality_code,SUPPORT_WANTED\nGM0363,NONE\n')

    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_IMPORT_HEADER',
    })
    expect(result.errors?.[0]?.message).toContain('Row 1, column SUPPORT_WANTED')
  })

  it('rejects a header without municipality_code first', async () => {
    const result = await importCsv(2021, 'LIA_STATUS,municipality_code\nADOPTED,GM0363\n')

    expect(result.errors?.[0]?.extensions?.reason).toBe('INVALID_IMPORT_HEADER')
  })

  it('rejects text that is not CSV with INVALID_IMPORT_FILE', async () => {
    const result = await importCsv(2021, `${header}\n"GM0363,FULLY_ENGAGED,,\n`)

    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_IMPORT_FILE',
    })
  })

  it('rejects a CSV longer than the bound with BAD_USER_INPUT before reading it', async () => {
    const result = await importCsv(2021, `${header}\n${'x'.repeat(900_001)}`)

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toContain('csv must be at most 900000 characters')
  })

  it('rejects an edition that does not exist with UNKNOWN_EDITION', async () => {
    const result = await importCsv(2017, `${header}\n${good}\n`)

    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_EDITION',
    })
  })
})

describe('import of all 342 municipalities', () => {
  it('imports every municipality in one go, and nothing changes the second time', async () => {
    const csv = fullFile().join('\n')

    const first = await importCsv(2023, csv)
    const second = await importCsv(2023, csv)

    expect(first.errors).toBeUndefined()
    expect(first.data!.importSurveyResponses).toEqual({
      edition: 2023,
      rows: 342,
      inserted: 342,
      updated: 0,
      unchanged: 0,
      syntheticRemoved: 201,
    })
    expect(second.data!.importSurveyResponses).toMatchObject({ inserted: 0, unchanged: 342 })
    expect(await edition(2023)).toEqual({ synthetic: false, respondentCount: 342 })
  })

  it('rolls back the whole file when only its last row is bad', async () => {
    const before = await monitor.dataSource.query(
      `SELECT count(*)::int AS answers FROM "survey_answer" WHERE "edition_year" = 2023`,
    )
    const lines = fullFile(1) // every row changes the stored answers...
    lines[lines.length - 1] = lines.at(-1)!.replace('YES_STRUCTURALLY', 'MAYBE')
    lines[lines.length - 1] = lines.at(-1)!.replace(/,NO$/, ',MAYBE') // ...but the last is bad

    const result = await importCsv(2023, lines.join('\n'))
    const after = await monitor.dataSource.query(
      `SELECT count(*)::int AS answers FROM "survey_answer" WHERE "edition_year" = 2023`,
    )
    const stored = await monitor.dataSource.query(
      `SELECT "option_code" FROM "survey_answer"
       WHERE "edition_year" = 2023 AND "municipality_code" = $1 AND "question_code" = 'LIA_STATUS'`,
      [codes[0]],
    )

    expect(result.errors?.[0]?.extensions?.reason).toBe('INVALID_IMPORT_ROW')
    expect(result.errors?.[0]?.message).toContain('Row 343, column WORKS_WITH_RESIDENTS')
    expect(after).toEqual(before)
    expect(stored).toEqual([{ option_code: LIA[0] }])
  })
})

describe('monitor:import CLI', () => {
  const cli = (...args: string[]) =>
    run(process.execPath, ['-r', '@swc-node/register', 'src/scripts/import-survey.ts', ...args], {
      cwd: path.resolve(__dirname, '..'),
      env: {
        ...process.env,
        MONITOR_DATABASE_URL: monitor.database.url,
        PAYLOAD_SECRET: TEST_PAYLOAD_SECRET,
      },
    })

  it('streams a file of all 342 municipalities in, then reports it unchanged', async () => {
    const file = path.join(folder, 'peiling-2020.csv')
    writeFileSync(
      file,
      [
        'municipality_code,LIA_STATUS,WORKS_WITH_RESIDENTS',
        ...codes.map((code, index) => `${code},${LIA[index % 5]},YES_OCCASIONALLY`),
      ].join('\r\n'),
    )

    const first = await cli('2020', file)
    const second = await cli('2020', file)

    expect(first.stdout).toContain(
      'edition 2020: 342 rows, 342 inserted, 0 updated, 0 unchanged, 139 synthetic demo responses removed',
    )
    expect(second.stdout).toContain('edition 2020: 342 rows, 0 inserted, 0 updated, 342 unchanged')
  })

  it('exits with status 1 naming the row and column, and imports nothing', async () => {
    const file = path.join(folder, 'bad.csv')
    writeFileSync(file, 'municipality_code,LIA_STATUS\nGM0363,ADOPTED\nGM0599,PERHAPS\n')

    const failure = await cli('2019', file).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )

    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain('Row 3, column LIA_STATUS')
    expect(await edition(2019)).toEqual({ synthetic: true, respondentCount: 148 })
  })

  it('prints usage and exits with status 2 without arguments', async () => {
    const failure = await cli().then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )

    expect(failure?.code).toBe(2)
    expect(failure?.stderr).toContain('usage: npm run monitor:import')
  })
})
