import { EdgeErrorCode, limitErrorCode } from '@idm/edge'
import type { GraphQLFormattedError } from 'graphql'

// Extensions a client may see; everything else (a subgraph's URL, response body, stack) is dropped.
const VISIBLE_EXTENSIONS = ['reason', 'subgraph', 'cost', 'maxCost'] as const

// Codes whose message is written for clients: ours, the subgraphs' domain codes and Apollo's own
// request errors. An error without a code, or with one of these, is masked.
const MASKED_CODES = new Set<unknown>([
  undefined,
  EdgeErrorCode.InternalServerError,
  'DOWNSTREAM_SERVICE_ERROR',
])

/**
 * The one place where the gateway's errors become what clients see: a limit's code restored
 * (QUERY_TOO_DEEP, …), the subgraph named as `extensions.subgraph`, and nothing internal — no
 * stack, URL or raw subgraph body. Unexpected errors are logged by the plugin with the request id.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path }
  const source = formatted.extensions ?? {}
  const limitCode = limitErrorCode(formatted, error)
  const code = limitCode ?? source.code
  const subgraph = source.subgraph ?? source.serviceName

  const extensions: Record<string, unknown> = { code }
  for (const key of VISIBLE_EXTENSIONS) if (source[key] !== undefined) extensions[key] = source[key]
  if (typeof subgraph === 'string') extensions.subgraph = subgraph

  if (MASKED_CODES.has(code)) {
    return {
      ...base,
      message: 'Internal server error',
      extensions: {
        code: EdgeErrorCode.InternalServerError,
        ...(typeof subgraph === 'string' ? { subgraph } : {}),
      },
    }
  }
  return { ...base, message: formatted.message, extensions }
}
