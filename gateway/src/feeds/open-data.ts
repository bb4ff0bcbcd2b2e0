import { stringify } from 'csv-stringify/sync'
import {
  type Cell,
  DATASETS,
  type Dataset,
  type DatasetTable,
  readSyntheticFlags,
  SYNTHETIC,
} from './open-data.datasets.js'
import { FeedError, FeedErrorCode } from './feeds.errors.js'
import type { GraphReader } from './graph.js'

export const OPEN_DATA_PATH = '/open-data'
export const FORMATS = ['csv', 'json'] as const
export type OpenDataFormat = (typeof FORMATS)[number]

/** A byte-order mark: Excel (what most municipal staff open a CSV with) then reads UTF-8. */
const BOM = '\uFEFF'

export function findDataset(file: string): {
  dataset: Dataset
  format: OpenDataFormat
  read: NonNullable<Dataset['read']>
} {
  const match = /^([a-z0-9-]+)\.(csv|json)$/.exec(file)
  const dataset = match && DATASETS.find((candidate) => candidate.name === match[1])
  if (!match || !dataset) {
    throw new FeedError(
      FeedErrorCode.DatasetNotFound,
      `No dataset is published as "${file}"; the list is at ${OPEN_DATA_PATH}/`,
    )
  }
  if (!dataset.read) {
    throw new FeedError(
      FeedErrorCode.DatasetNotYetAvailable,
      dataset.unavailable ?? 'Not yet available',
    )
  }
  return { dataset, format: match[2] as OpenDataFormat, read: dataset.read }
}

const url = (name: string, format: OpenDataFormat) => `${OPEN_DATA_PATH}/${name}.${format}`

/** The list of datasets: what each holds, its licence, whether it is synthetic, where to get it. */
export async function openDataIndex(graph: GraphReader) {
  const synthetic = await readSyntheticFlags(graph)
  return {
    title: 'Open data Iedereen doet mee!',
    datasets: DATASETS.map((dataset) => ({
      name: dataset.name,
      title: dataset.title,
      description: dataset.description,
      licence: dataset.licence,
      available: Boolean(dataset.read),
      ...(dataset.read
        ? {
            synthetic: synthetic[dataset.name] ?? false,
            urls: Object.fromEntries(FORMATS.map((format) => [format, url(dataset.name, format)])),
          }
        : { synthetic: false, reason: dataset.unavailable }),
    })),
  }
}

/** The JSON file: the same columns and cells as the CSV, with the licence and the synthetic flag. */
export function renderJson(dataset: Dataset, table: DatasetTable): string {
  return `${JSON.stringify({
    name: dataset.name,
    title: dataset.title,
    licence: dataset.licence,
    synthetic: table.rows.some((row) => row[SYNTHETIC] === true),
    columns: table.columns,
    rows: table.rows,
  })}\n`
}

/** RFC 4180, comma-separated, CRLF, with a BOM; a withheld or missing value is an empty cell. */
export function renderCsv(table: DatasetTable): string {
  return (
    BOM +
    stringify(
      table.rows.map((row) => table.columns.map((column) => csvCell(row[column] ?? null))),
      { header: true, columns: [...table.columns], record_delimiter: 'windows' },
    )
  )
}

// Text a spreadsheet would run as a formula (a measurement's title is typed by an official).
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * How a JSON cell is written in the CSV (the tests compare the two files with it): empty for
 * null; text that starts like a formula gets a leading apostrophe, so Excel and LibreOffice show
 * it instead of running it (CSV injection); numbers and booleans as JSON writes them.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell !== 'string') return String(cell)
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}
