type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Payload answers a path it has no endpoint for on a known collection (e.g. any
 * `/api/payload-migrations/…`, which has no REST API) with 501 "Cannot GET …". To a caller that
 * is a route that does not exist: 404, in Payload's error shape, Dutch and English.
 */
export function answerUnroutedWith404<Context>(
  handler: RouteHandler<Context>,
): RouteHandler<Context> {
  return async (request, context) => {
    const response = await handler(request, context)
    if (response.status !== 501) return response
    return Response.json(
      {
        errors: [
          { message: 'Niet gevonden. / Not found.', extensions: { code: 'ROUTE_NOT_FOUND' } },
        ],
      },
      { status: 404 },
    )
  }
}
