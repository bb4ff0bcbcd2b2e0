import type { Response } from 'express'

/**
 * The codes the edge answers with in `errors[].extensions.code`, besides each domain's own
 * (docs/errors.md lists them all).
 */
export enum EdgeErrorCode {
  BadRequest = 'BAD_REQUEST',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  NotFound = 'NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  RateLimited = 'RATE_LIMITED',
  Unauthenticated = 'UNAUTHENTICATED',
  QueryTooDeep = 'QUERY_TOO_DEEP',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  TooManyAliases = 'TOO_MANY_ALIASES',
  TooManyTokens = 'TOO_MANY_TOKENS',
  TooManyDirectives = 'TOO_MANY_DIRECTIVES',
  IntrospectionDisabled = 'INTROSPECTION_DISABLED',
  SubgraphUnavailable = 'SUBGRAPH_UNAVAILABLE',
  SubgraphTimeout = 'SUBGRAPH_TIMEOUT',
  SubgraphResponseTooLarge = 'SUBGRAPH_RESPONSE_TOO_LARGE',
  SubgraphBadResponse = 'SUBGRAPH_BAD_RESPONSE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** The codes of operations refused by a limit before they run. */
export const LIMIT_CODES: ReadonlySet<string> = new Set([
  EdgeErrorCode.QueryTooDeep,
  EdgeErrorCode.QueryTooComplex,
  EdgeErrorCode.TooManyAliases,
  EdgeErrorCode.TooManyTokens,
  EdgeErrorCode.TooManyDirectives,
  EdgeErrorCode.IntrospectionDisabled,
])

/** A GraphQL-shaped JSON error body, for answers given outside the GraphQL pipeline. */
export function errorBody(
  code: EdgeErrorCode | string,
  message: string,
  extensions: Record<string, unknown> = {},
): { errors: Array<{ message: string; extensions: Record<string, unknown> }> } {
  return { errors: [{ message, extensions: { code, ...extensions } }] }
}

export function sendError(
  res: Response,
  status: number,
  code: EdgeErrorCode | string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const requestId = res.getHeader('x-request-id')
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .send(
      JSON.stringify(
        errorBody(code, message, {
          ...extensions,
          ...(typeof requestId === 'string' ? { requestId } : {}),
        }),
      ),
    )
}
