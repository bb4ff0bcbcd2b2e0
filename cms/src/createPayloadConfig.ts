import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { canManageJobs } from './access/canManageJobs'
import { adviceRetentionTask } from './collections/AdviceRequests/adviceRetention.task'
import { AdviceRequests } from './collections/AdviceRequests'
import { ElectionEditions } from './collections/ElectionEditions'
import { Events } from './collections/Events'
import { KnowledgeProducts } from './collections/KnowledgeProducts'
import { createMedia } from './collections/Media'
import { News } from './collections/News'
import { NewsletterDeliveries } from './collections/NewsletterDeliveries'
import { NewsletterIssues } from './collections/NewsletterIssues'
import { NewsletterSubscribers } from './collections/NewsletterSubscribers'
import { Nominations } from './collections/Nominations'
import { PracticeExamples } from './collections/PracticeExamples'
import { ToolkitItems } from './collections/ToolkitItems'
import { Users } from './collections/Users'
import { withAccessibleDocumentTabs } from './components/documentTabs'
import type { CmsSettings } from './config'
import { smtpEmailAdapter } from './email/smtpEmailAdapter'
import { answerBadInputAsClientError } from './errors/answerBadInputAsClientError'
import { withWorkingPreferenceDelete } from './errors/deletePreferenceByKey'
import { withTranslatedLabels } from './fields/translatedLabels'
import { purgeNewsletterSubscribersTask } from './newsletter/purgeNewsletterSubscribers.task'
import { NEWSLETTER_QUEUE, sendNewsletterBatchTask } from './newsletter/sendNewsletterBatch.task'
import { richTextEditor } from './richText/editor'
import { DEFAULT_TIMEZONE, SUPPORTED_TIMEZONES } from './timezones'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const MIGRATION_DIR = path.resolve(dirname, 'migrations')

/** Uploaded files, outside the git tree: `.data/media` at the repository root (git-ignored). */
const DEFAULT_MEDIA_DIR = path.resolve(dirname, '../../.data/media')

/**
 * The Payload config for the given settings. `payload.config.ts` builds it from the environment;
 * tests build it for a database of their own.
 */
export function createPayloadConfig(settings: CmsSettings): Promise<SanitizedConfig> {
  return buildConfig({
    serverURL: settings.serverUrl,
    secret: settings.payloadSecret,
    // A failed login or a locked account is an expected outcome, not a server error: logged at
    // info without a stack, so a credential-stuffing burst cannot flood the error log.
    loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', UnverifiedEmail: 'info' },
    // Payload's Postgres adapter listens for errors on one client only: an idle pooled
    // connection that the database closes (a restart, a failover) would end the process with an
    // unhandled 'error' event. The pool opens a new connection on the next query.
    onInit: (payload) => {
      // The message and code only: pg hangs the client (its connection parameters) on the error.
      payload.db.pool?.on('error', (error: Error & { code?: string }) =>
        payload.logger.warn({
          err: { message: error.message, code: error.code },
          msg: 'a database connection was closed; reconnecting',
        }),
      )
    },
    admin: {
      user: Users.slug,
      importMap: { baseDir: dirname },
      // Gravatar would load images from a third party; the admin stays self-contained.
      avatar: 'default',
      dateFormat: 'd MMMM yyyy HH:mm',
      // Date fields in the admin's language from the first render (Payload's picker lags).
      components: { providers: ['/components/DatePickerLocale#DatePickerLocale'] },
      timezones: { defaultTimezone: DEFAULT_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
      meta: {
        titleSuffix: '– Iedereen doet mee! beheer',
        description:
          'Beheer van kennisproducten, praktijkvoorbeelden, bijeenkomsten, nieuws en de verkiezing Meest Toegankelijke Gemeente van het VNG-programma Iedereen doet mee!',
        defaultOGImageType: 'off',
        openGraph: { siteName: 'Iedereen doet mee! – beheer' },
      },
    },
    // A non-numeric id, a malformed `where` …: 400/404 with a code instead of Payload's 500.
    hooks: { afterError: [answerBadInputAsClientError] },
    i18n: {
      supportedLanguages: { nl, en },
      fallbackLanguage: 'nl',
      translations: {
        // The list view's "Nieuw aanmaken" button is named with this text for screen readers;
        // Payload's "Nieuw(e) Kennisproduct aanmaken" does not contain the visible words, so
        // speech users saying "Nieuw aanmaken" missed it (axe label-content-name-mismatch,
        // WCAG 2.5.3). English already starts with its visible "Create new".
        nl: { general: { createNewLabel: 'Nieuw aanmaken: {{label}}' } },
      },
    },
    collections: [
      KnowledgeProducts,
      PracticeExamples,
      Events,
      News,
      createMedia(settings.mediaDir ?? DEFAULT_MEDIA_DIR),
      ElectionEditions,
      Nominations,
      ToolkitItems,
      NewsletterIssues,
      NewsletterSubscribers,
      NewsletterDeliveries,
      AdviceRequests,
      Users,
    ]
      .map(withAccessibleDocumentTabs)
      .map(withTranslatedLabels),
    jobs: {
      // Scheduled publishing (knowledge products) queues jobs; this runs them every minute in
      // long-running processes. Tests and one-off scripts set CMS_JOBS_AUTORUN=false or end first.
      // The newsletter's batches (cms/src/newsletter) every 10 seconds, one at a time. Daily
      // retention tasks (newsletter addresses, advice requests) are scheduled on these queues.
      autoRun: [
        { cron: '* * * * *', queue: 'default', limit: 10 },
        { cron: '*/10 * * * * *', queue: NEWSLETTER_QUEUE, limit: 1 },
      ],
      tasks: [sendNewsletterBatchTask, purgeNewsletterSubscribersTask, adviceRetentionTask],
      shouldAutoRun: () => settings.jobsAutoRun,
      access: { queue: canManageJobs, run: canManageJobs, cancel: canManageJobs },
    },
    editor: richTextEditor,
    db: postgresAdapter({
      pool: { connectionString: settings.databaseUrl },
      // Schema changes go through committed migrations only: a database that push mode touched
      // makes `payload migrate` ask for confirmation, which hangs without a terminal.
      push: false,
      migrationDir: MIGRATION_DIR,
    }),
    // The CMS's own e-mails (password resets) through SMTP (cms/src/email).
    ...(settings.smtpUrl
      ? { email: smtpEmailAdapter({ smtpUrl: settings.smtpUrl, from: settings.mailFrom }) }
      : {}),
    // The federated graph (content subgraph behind the gateway) is the public GraphQL API.
    graphQL: { disable: true },
    // Read by the newsletter (its links point at the gateway's pages).
    custom: { gatewayPublicUrl: settings.gatewayPublicUrl },
    sharp,
    telemetry: false,
    typescript: {
      outputFile: path.resolve(dirname, 'payload-types.ts'),
    },
  }).then(withWorkingPreferenceDelete)
}
