import pino, { type DestinationStream, type Logger as PinoLogger, type LoggerOptions } from 'pino'
import type { LogLevel } from './env'

export type Logger = PinoLogger

/**
 * Structured JSON logs on stdout, one object a line, with the service's name on every line and
 * credentials redacted wherever they appear (request headers, forwarded headers).
 */
export function createLogger(
  service: string,
  level: LogLevel = 'info',
  /** Where the lines go; stdout when left out (tests pass a stream to read them back). */
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
  }
  return destination ? pino(options, destination) : pino(options)
}

/** For tests and scripts that must stay quiet. */
export const silentLogger: Logger = pino({ level: 'silent' })

/** Apollo Server's logger contract, on top of pino (Apollo passes one string a call). */
export function apolloLogger(logger: Logger) {
  return {
    debug: (message: string) => logger.debug(message),
    info: (message: string) => logger.info(message),
    warn: (message: string) => logger.warn(message),
    error: (message: string) => logger.error(message),
  }
}

declare module 'http' {
  interface IncomingMessage {
    /** The request id (edge/src/http.ts): the caller's `x-request-id` or a new UUID. */
    id: string
    /** The request's logger: every line names the request id (`reqId`). */
    log: Logger
  }
}
