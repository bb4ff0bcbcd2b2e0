/** Outcomes of the content subgraph that a client can branch on, as `extensions.code`. */
export enum ContentErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** The content domain's error; `formatError.ts` turns it into a GraphQL error. */
export class ContentError extends Error {
  constructor(
    readonly code: ContentErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ContentError'
  }
}
