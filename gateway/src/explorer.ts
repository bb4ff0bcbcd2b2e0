import express, { type Router } from 'express'
import { getDistDirectory, renderAltair } from 'altair-static'

const EXAMPLE_QUERY = `# Iedereen doet mee! — one graph for monitor data and content.
query Amsterdam {
  municipality(code: "GM0363") {
    name
    province
    inhabitants
    neighbours { code name }
    knowledgeProducts { title slug type }
  }
}
`

/**
 * A GraphQL explorer served from the gateway itself (Altair's static build from npm),
 * so it works without internet access or a CDN.
 */
export function explorerRouter(endpointPath: string, mountPath: string): Router {
  const router = express.Router()
  const html = renderAltair({
    baseURL: `${mountPath}/`,
    endpointURL: endpointPath,
    initialQuery: EXAMPLE_QUERY,
    initialName: 'Iedereen doet mee!',
    initialSettings: { theme: 'light', 'plugin.list': [] },
    disableAccount: true,
  })
  router.get('/', (_req, res) => {
    res.type('html').send(html)
  })
  router.use(express.static(getDistDirectory(), { index: false, maxAge: '1d' }))
  return router
}

/** A browser (asking for HTML, no query in the URL) opening the endpoint gets the explorer. */
export function wantsExplorer(req: express.Request): boolean {
  return (
    req.method === 'GET' &&
    req.query.query === undefined &&
    req.accepts(['json', 'html']) === 'html'
  )
}
