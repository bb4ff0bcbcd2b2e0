import type { ApolloServer } from '@apollo/server'
import { requestMeta } from '@idm/edge'
import { type Request, type RequestHandler, type Response, Router } from 'express'
import type { GatewayContext } from '../context.js'
import { parseCalendarRequest, readCalendarEvents, renderCalendar } from './calendar.js'
import { sendFeedError } from './feeds.errors.js'
import { type BuiltFile, FileCache } from './file-cache.js'
import { graphReader, type GraphReader } from './graph.js'
import { findDataset, OPEN_DATA_PATH, openDataIndex, renderCsv, renderJson } from './open-data.js'

export const CALENDAR_PATH = '/events.ics'
const CALENDAR_NAME = 'Iedereen doet mee! – evenementen'
const JSON_TYPE = 'application/json; charset=utf-8'

export interface FeedsRouterOptions {
  /** The gateway's started Apollo Server: every file is built from anonymous operations on it. */
  apollo: ApolloServer<GatewayContext>
  /** The gateway's per-IP rate limit: one download counts as one request. */
  rateLimit: RequestHandler
}

/**
 * The public files next to /graphql: the calendar feed (docs/calendar.md) and the open-data
 * downloads (docs/open-data.md). Every refusal is JSON with a code; every file carries the cache
 * policy of the operations it was built from, and is built once per that policy's life.
 */
export function feedsRouter({ apollo, rateLimit }: FeedsRouterOptions): Router {
  const router = Router()
  const cache = new FileCache()

  /** Validates first (a refusal costs no operation), then serves the file from one build. */
  const serve =
    (prepare: (req: Request) => (graph: GraphReader) => Promise<Omit<BuiltFile, 'cacheControl'>>) =>
    async (req: Request, res: Response) => {
      try {
        const build = prepare(req)
        const file = await cache.get(req.originalUrl, async () => {
          const graph = graphReader(apollo, requestMeta(req))
          const built = await build(graph)
          return { ...built, cacheControl: graph.cachePolicy.header() }
        })
        res
          .status(200)
          .setHeader('content-type', file.contentType)
          .setHeader('content-disposition', file.contentDisposition)
          .setHeader('cache-control', file.cacheControl)
          .send(file.body)
      } catch (error) {
        sendFeedError(res, error)
      }
    }

  router.get(
    CALENDAR_PATH,
    rateLimit,
    serve((req) => {
      const request = parseCalendarRequest(req.query as Record<string, unknown>)
      return async (graph) => ({
        contentType: 'text/calendar; charset=utf-8',
        contentDisposition: 'inline; filename="iedereen-doet-mee.ics"',
        body: renderCalendar(await readCalendarEvents(graph, request), { name: CALENDAR_NAME }),
      })
    }),
  )

  router.get(
    [OPEN_DATA_PATH, `${OPEN_DATA_PATH}/`],
    rateLimit,
    serve(() => async (graph) => ({
      contentType: JSON_TYPE,
      contentDisposition: 'inline; filename="open-data.json"',
      body: `${JSON.stringify(await openDataIndex(graph))}\n`,
    })),
  )

  router.get(
    `${OPEN_DATA_PATH}/:file`,
    rateLimit,
    serve((req) => {
      const { dataset, format, read } = findDataset(String(req.params.file))
      return async (graph) => {
        const table = await read(graph)
        return {
          contentType: format === 'csv' ? 'text/csv; charset=utf-8' : JSON_TYPE,
          contentDisposition: `attachment; filename="${dataset.name}.${format}"`,
          body: format === 'csv' ? renderCsv(table) : renderJson(dataset, table),
        }
      }
    }),
  )

  return router
}
