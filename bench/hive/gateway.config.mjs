// @ts-check
// The peer of `npm run bench`: Hive Gateway on our committed supergraph, in front of the bench's
// own subgraph processes, with the settings its documentation gives for production.
import { defineConfig } from '@graphql-hive/gateway'

const required = (/** @type {string} */ name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is required (the bench sets it)`)
  return value
}

export const gatewayConfig = defineConfig({
  // The bench's subgraphs listen on free ports, not on the URLs composed into the supergraph.
  transportEntries: {
    monitor: { location: required('MONITOR_URL') },
    content: { location: required('CONTENT_URL') },
  },
  // As our gateway does: the caller's credentials reach every subgraph, which judge them.
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
      cookie: request.headers.get('cookie'),
    }),
  },
  graphiql: false,
  landingPage: false,
  disableIntrospection: true,
  maskedErrors: true,
  logging: 'warn',
})
