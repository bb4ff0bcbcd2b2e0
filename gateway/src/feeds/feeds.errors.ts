import { sendError } from '@idm/edge'
import type { Response } from 'express'

/** The codes of the calendar feed and the open-data downloads (docs/calendar.md, docs/open-data.md). */
export enum FeedErrorCode {
  UnknownParameter = 'UNKNOWN_PARAMETER',
  InvalidParameter = 'INVALID_PARAMETER',
  UnknownLifeDomain = 'UNKNOWN_LIFE_DOMAIN',
  EventNotFound = 'EVENT_NOT_FOUND',
  DatasetNotFound = 'DATASET_NOT_FOUND',
  DatasetNotYetAvailable = 'DATASET_NOT_YET_AVAILABLE',
  /** The graph answered with errors or not at all: no partial file is ever sent. */
  DataUnavailable = 'DATA_UNAVAILABLE',
}

const STATUS: Record<FeedErrorCode, number> = {
  [FeedErrorCode.UnknownParameter]: 400,
  [FeedErrorCode.InvalidParameter]: 400,
  [FeedErrorCode.UnknownLifeDomain]: 400,
  [FeedErrorCode.EventNotFound]: 404,
  [FeedErrorCode.DatasetNotFound]: 404,
  [FeedErrorCode.DatasetNotYetAvailable]: 404,
  [FeedErrorCode.DataUnavailable]: 503,
}

/** An expected refusal, with a message written for the caller. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    /** Logged with the request id, never sent. */
    readonly detail?: unknown,
  ) {
    super(message)
    this.name = 'FeedError'
  }
}

/** The one place where a feed's failure becomes an answer: JSON with a code, never cached. */
export function sendFeedError(res: Response, error: unknown): void {
  res.setHeader('cache-control', 'no-store')
  if (error instanceof FeedError) {
    if (error.detail !== undefined) {
      res.req.log.warn({ code: error.code, detail: error.detail }, 'feed refused')
    }
    sendError(res, STATUS[error.code], error.code, error.message)
    return
  }
  res.req.log.error({ err: error }, 'feed failed')
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error')
}
