import 'reflect-metadata'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '@idm/edge'
import { loadDatabaseConfig } from '../config'
import { createDataSource } from '../data-source'
import { SurveyError } from '../survey/survey.errors'
import { SurveyImporter } from '../survey/survey-import.service'

const USAGE = 'usage: npm run monitor:import -- <edition year> <file.csv>'

/**
 * Imports peiling responses from a CSV file into MONITOR_DATABASE_URL, streaming the file.
 * The operator holding the database credentials is trusted; the GraphQL mutation is for admins.
 */
async function main(args: string[]): Promise<number> {
  const [year, file] = args
  if (args.length !== 2 || year === undefined || file === undefined || !/^\d{4}$/.test(year)) {
    console.error(USAGE)
    return 2
  }
  // npm runs scripts in the package folder; a relative path means the caller's folder.
  const csvPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

  const dataSource = createDataSource(loadDatabaseConfig())
  await dataSource.initialize()
  try {
    if (await dataSource.showMigrations()) {
      console.error('The monitor database has pending migrations: start the monitor once first.')
      return 1
    }
    const result = await new SurveyImporter(dataSource).importCsv(
      Number(year),
      createReadStream(csvPath),
    )
    console.log(
      `edition ${result.edition}: ${result.rows} rows, ${result.inserted} inserted, ` +
        `${result.updated} updated, ${result.unchanged} unchanged` +
        (result.syntheticRemoved > 0
          ? `, ${result.syntheticRemoved} synthetic demo responses removed`
          : ''),
    )
    return 0
  } catch (error) {
    if (error instanceof SurveyError) {
      console.error(`${csvPath}: ${error.message} (${error.reason}); nothing was imported`)
      return 1
    }
    throw error
  } finally {
    await dataSource.destroy()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error)
    process.exit(1)
  },
)
