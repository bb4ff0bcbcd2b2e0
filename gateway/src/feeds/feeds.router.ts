import type { ApolloServer } from '@apollo/server'
import { requestMeta } from '@idm/edge'
import { type Request, type RequestHandler, type Response, Router } from 'express'
import type { GatewayContext } from '../context.js'
import { parseCalendarRequest, readCalendarEvents, renderCalendar } from './calendar.js'
import { sendFeedError } from './feeds.errors.js'
import { graphReader } from './graph.js'
import { findDataset, OPEN_DATA_PATH, openDataIndex, renderCsv, renderJson } from './open-data.js'

export const CALENDAR_PATH = '/events.ics'
const CALENDAR_NAME = 'Iedereen doet mee! – evenementen'

export interface FeedsRouterOptions {
  /** The gateway's started Apollo Server: every file is built from anonymous operations on it. */
  apollo: ApolloServer<GatewayContext>
  /** The gateway's per-IP rate limit: one download counts as one request. */
  rateLimit: RequestHandler
}

/**
 * The public files next to /graphql: the calendar feed (docs/calendar.md) and the open-data
 * downloads (docs/open-data.md). Every refusal is JSON with a code; every file carries the cache
 * policy of the operations it was built from.
 */
export function feedsRouter({ apollo, rateLimit }: FeedsRouterOptions): Router {
  const router = Router()
  const reader = (req: Request) => graphReader(apollo, requestMeta(req))

  router.get(CALENDAR_PATH, rateLimit, async (req: Request, res: Response) => {
    try {
      const request = parseCalendarRequest(req.query as Record<string, unknown>)
      const graph = reader(req)
      const events = await readCalendarEvents(graph, request)
      const body = renderCalendar(events, { name: CALENDAR_NAME })
      res
        .status(200)
        .setHeader('content-type', 'text/calendar; charset=utf-8')
        .setHeader('content-disposition', 'inline; filename="iedereen-doet-mee.ics"')
        .setHeader('cache-control', graph.cachePolicy.header())
        .send(body)
    } catch (error) {
      sendFeedError(res, error)
    }
  })

  router.get([OPEN_DATA_PATH, `${OPEN_DATA_PATH}/`], rateLimit, async (req, res) => {
    try {
      const graph = reader(req)
      const index = await openDataIndex(graph)
      res
        .status(200)
        .type('application/json; charset=utf-8')
        .setHeader('cache-control', graph.cachePolicy.header())
        .send(`${JSON.stringify(index)}\n`)
    } catch (error) {
      sendFeedError(res, error)
    }
  })

  router.get(`${OPEN_DATA_PATH}/:file`, rateLimit, async (req, res) => {
    try {
      const { dataset, format, read } = findDataset(String(req.params.file))
      const graph = reader(req)
      const table = await read(graph)
      const body = format === 'csv' ? renderCsv(table) : renderJson(dataset, table)
      res
        .status(200)
        .setHeader(
          'content-type',
          format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        )
        .setHeader('content-disposition', `attachment; filename="${dataset.name}.${format}"`)
        .setHeader('cache-control', graph.cachePolicy.header())
        .send(body)
    } catch (error) {
      sendFeedError(res, error)
    }
  })

  return router
}
