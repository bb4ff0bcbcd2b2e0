import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvCell, findDataset, renderCsv, renderJson } from '../src/feeds/open-data.js'
import { DATASETS, type DatasetTable } from '../src/feeds/open-data.datasets.js'
import { FeedError, FeedErrorCode } from '../src/feeds/feeds.errors.js'

const table: DatasetTable = {
  columns: ['synthetisch', 'gemeente', 'aantal', 'aandeel'],
  rows: [
    { synthetisch: true, gemeente: 'Súdwest-Fryslân', aantal: null, aandeel: 0.25 },
    { synthetisch: false, gemeente: 'Bergen (NH), "aan zee"', aantal: 7, aandeel: null },
    { synthetisch: false, gemeente: '=HYPERLINK("https://example.org")', aantal: -1, aandeel: 1 },
  ],
}

describe('open-data files', () => {
  it('writes RFC 4180 CSV in UTF-8 with a BOM and CRLF, empty cells for null', () => {
    const csv = renderCsv(table)
    expect(csv.startsWith('\uFEFFsynthetisch,gemeente,aantal,aandeel\r\n')).toBe(true)
    const [header, ...rows] = parse(csv.slice(1)) as string[][]
    expect(header).toEqual(table.columns)
    expect(rows).toEqual([
      ['true', 'Súdwest-Fryslân', '', '0.25'],
      ['false', 'Bergen (NH), "aan zee"', '7', ''],
      // Shown, never run: a formula-like text gets an apostrophe; a negative number does not.
      ['false', `'=HYPERLINK("https://example.org")`, '-1', '1'],
    ])
    expect(rows).toEqual(table.rows.map((row) => table.columns.map((c) => csvCell(row[c] ?? null))))
  })

  it('writes JSON with the same columns and cells, the licence and the synthetic flag', () => {
    const dataset = DATASETS.find((candidate) => candidate.name === 'gemeenten')!
    const json = JSON.parse(renderJson(dataset, table)) as Record<string, unknown>
    expect(json).toEqual({
      name: 'gemeenten',
      title: dataset.title,
      licence: { id: 'CC0-1.0', name: expect.any(String), url: expect.any(String) },
      synthetic: true,
      columns: table.columns,
      rows: table.rows,
    })
  })

  it('finds datasets by file name and refuses others with a code', () => {
    expect(findDataset('gemeenten.csv').format).toBe('csv')
    expect(findDataset('peiling-trends.json').dataset.name).toBe('peiling-trends')
    const code = (file: string) => {
      try {
        findDataset(file)
      } catch (error) {
        return error instanceof FeedError ? error.code : error
      }
    }
    expect(code('onbekend.csv')).toBe(FeedErrorCode.DatasetNotFound)
    expect(code('gemeenten.xlsx')).toBe(FeedErrorCode.DatasetNotFound)
    expect(code('../gemeenten.csv')).toBe(FeedErrorCode.DatasetNotFound)
    expect(findDataset('verkiezing-uitslagen.json').dataset.name).toBe('verkiezing-uitslagen')
  })
})
