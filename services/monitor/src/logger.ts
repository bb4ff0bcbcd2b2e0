import type { LogLevel } from './config'

/** Matches Apollo Server's logger contract so one logger serves both. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

const severity: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 }

export function createLogger(level: LogLevel): Logger {
  const at =
    (messageLevel: LogLevel, write: (message: string) => void) =>
    (message: string): void => {
      if (severity[messageLevel] <= severity[level]) write(message)
    }
  return {
    debug: at('debug', console.debug),
    info: at('info', console.info),
    warn: at('warn', console.warn),
    error: at('error', console.error),
  }
}

/** For tests and scripts that must stay quiet. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
}
