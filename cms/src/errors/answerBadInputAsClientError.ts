import type { AfterErrorHook, PayloadRequest } from 'payload'
import { localize, type Localized } from '../fields/localized'

/** Codes of the client errors this hook answers instead of Payload's 500. */
export enum BadInputCode {
  /** The id in the path cannot exist: ids are whole numbers. */
  NotFound = 'NOT_FOUND',
  /** A value in the query (`where`, a filter value) has the wrong type for its field. */
  InvalidValue = 'INVALID_VALUE',
  /** `where` or the body is not valid JSON. */
  InvalidJson = 'INVALID_JSON',
}

const MESSAGES: Record<BadInputCode, Localized> = {
  [BadInputCode.NotFound]: { nl: 'Niet gevonden.', en: 'Not found.' },
  [BadInputCode.InvalidValue]: {
    nl: 'Een waarde in het verzoek past niet bij het veld (bijvoorbeeld tekst waar een getal of datum hoort).',
    en: 'A value in the request does not fit its field (e.g. text where a number or date belongs).',
  },
  [BadInputCode.InvalidJson]: {
    nl: 'Het verzoek bevat ongeldige JSON (de parameter where of de body).',
    en: 'The request contains invalid JSON (the where parameter or the body).',
  },
}

const STATUS: Record<BadInputCode, number> = {
  [BadInputCode.NotFound]: 404,
  [BadInputCode.InvalidValue]: 400,
  [BadInputCode.InvalidJson]: 400,
}

const MAX_CAUSES = 5

/** PostgreSQL's SQLSTATE class 22 (data exception: invalid number, date, out of range …). */
function isDataException(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < MAX_CAUSES && typeof current === 'object' && current; depth++) {
    const code: unknown = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

function classify(
  error: unknown,
  req: PayloadRequest,
  verifies: boolean | undefined,
): BadInputCode | undefined {
  const id: unknown = req.routeParams?.id
  if (isDataException(error)) {
    return typeof id === 'string' && !/^\d+$/.test(id)
      ? BadInputCode.NotFound
      : BadInputCode.InvalidValue
  }
  if (error instanceof SyntaxError) return BadInputCode.InvalidJson
  // Payload routes `POST /api/<auth collection>/verify/:token` even when the collection does not
  // verify e-mail addresses, and then fails looking up a field that does not exist.
  if (verifies === false && req.url && new URL(req.url).pathname.includes('/verify/')) {
    return BadInputCode.NotFound
  }
  return undefined
}

/**
 * Bad input is the caller's error, never the server's: Payload 3.90 answers a non-numeric id
 * (`GET /api/news/abc`, also PATCH and DELETE), a text where a number or date belongs in `where`,
 * `where` that is not JSON, and e-mail verification on a collection without it with 500
 * "Something went wrong". This turns exactly those into 404 or 400 with a code; every other
 * error keeps Payload's answer. Registered once, for every collection (createPayloadConfig.ts).
 */
export const answerBadInputAsClientError: AfterErrorHook = ({ collection, error, req }) => {
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status < 500) return
  const verifies = collection?.auth ? Boolean(collection.auth.verify) : undefined
  const code = classify(error, req, verifies)
  if (!code) return
  return {
    response: { errors: [{ message: localize(req, MESSAGES[code]), extensions: { code } }] },
    status: STATUS[code],
  }
}
