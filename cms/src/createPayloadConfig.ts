import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { KnowledgeProducts } from './collections/KnowledgeProducts'
import { Users } from './collections/Users'
import type { CmsSettings } from './config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const MIGRATION_DIR = path.resolve(dirname, 'migrations')

/**
 * The Payload config for the given settings. `payload.config.ts` builds it from the environment;
 * tests build it for a database of their own.
 */
export function createPayloadConfig(settings: CmsSettings): Promise<SanitizedConfig> {
  return buildConfig({
    serverURL: settings.serverUrl,
    secret: settings.payloadSecret,
    admin: {
      user: Users.slug,
      importMap: { baseDir: dirname },
      // Gravatar would load images from a third party; the admin stays self-contained.
      avatar: 'default',
      dateFormat: 'd MMMM yyyy HH:mm',
      meta: {
        titleSuffix: '– Iedereen doet mee! beheer',
        description: 'Beheer van de kennisproducten van het VNG-programma Iedereen doet mee!',
        defaultOGImageType: 'off',
        openGraph: { siteName: 'Iedereen doet mee! – beheer' },
      },
    },
    i18n: {
      supportedLanguages: { nl, en },
      fallbackLanguage: 'nl',
    },
    collections: [Users, KnowledgeProducts],
    editor: lexicalEditor(),
    db: postgresAdapter({
      pool: { connectionString: settings.databaseUrl },
      // Schema changes go through committed migrations only: a database that push mode touched
      // makes `payload migrate` ask for confirmation, which hangs without a terminal.
      push: false,
      migrationDir: MIGRATION_DIR,
    }),
    // The federated graph (content subgraph behind the gateway) is the public GraphQL API.
    graphQL: { disable: true },
    sharp,
    telemetry: false,
    typescript: {
      outputFile: path.resolve(dirname, 'payload-types.ts'),
    },
  })
}
