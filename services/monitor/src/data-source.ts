import pg from 'pg'
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm'
import type { MonitorConfig } from './config'
import { entities } from './entities'
import { migrations } from './migrations'

export interface DataSourceOptions {
  /** Receives every SQL statement; tests use it to count queries. */
  queryLogger?: TypeOrmLogger
}

/** A new, uninitialised DataSource; the caller owns its lifecycle (initialize/destroy). */
export function createDataSource(
  config: Pick<MonitorConfig, 'databaseUrl'>,
  options: DataSourceOptions = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.databaseUrl,
    // Use this workspace's pinned pg, not whichever copy TypeORM would resolve on its own.
    driver: pg,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logger: options.queryLogger,
    logging: options.queryLogger ? ['query', 'error'] : ['error'],
  })
}
