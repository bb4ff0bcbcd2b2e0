import { z } from 'zod'

/** A bad or missing setting; the message names every variable that is wrong. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration:\n  ${problems.join('\n  ')}`,
    )
    this.name = 'ConfigError'
  }
}

export type Env = Readonly<Record<string, string | undefined>>

// Blank values count as unset, so `FOO=` in an .env file behaves like leaving FOO out.
const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const text = () => z.preprocess(blankAsUnset, z.string().trim().optional())

const absoluteUrl = (protocols: readonly string[], text: z.ZodString) =>
  text.trim().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol)
      } catch {
        return false
      }
    },
    { message: `must be an absolute ${protocols.map((p) => `${p}//`).join(' or ')} URL` },
  )

/** The building blocks every service's `config.ts` describes its environment with. */
export const setting = {
  /** A TCP port; 0 asks the OS for a free one (tests). */
  port: (fallback: number) =>
    z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: 'must be a port number (0-65535)' })
        .int('must be a port number (0-65535)')
        .min(0, 'must be a port number (0-65535)')
        .max(65_535, 'must be a port number (0-65535)')
        .default(fallback),
    ),
  /** An interface to listen on or a host name. */
  host: (fallback: string) => z.preprocess(blankAsUnset, z.string().trim().default(fallback)),
  text: (fallback: string) => z.preprocess(blankAsUnset, z.string().trim().default(fallback)),
  optionalText: text,
  /** An absolute URL with one of the given schemes. */
  url: (protocols: readonly string[], fallback?: string) => {
    const base = absoluteUrl(protocols, z.string({ error: 'is required' }))
    return z.preprocess(blankAsUnset, fallback === undefined ? base : base.default(fallback))
  },
  optionalUrl: (protocols: readonly string[]) =>
    z.preprocess(blankAsUnset, absoluteUrl(protocols, z.string()).optional()),
  /** A secret of at least `minLength` characters. */
  secret: (minLength: number) =>
    z.preprocess(
      blankAsUnset,
      z
        .string({ error: 'is required' })
        .min(minLength, `must be at least ${minLength} characters long`),
    ),
  /** true/false, 1/0, yes/no, on/off. */
  flag: (fallback: boolean) =>
    z.preprocess(
      (value) => {
        const raw = blankAsUnset(value)
        if (typeof raw !== 'string') return raw
        const lower = raw.trim().toLowerCase()
        if (['1', 'true', 'yes', 'on'].includes(lower)) return true
        if (['0', 'false', 'no', 'off'].includes(lower)) return false
        return raw
      },
      z.boolean({ error: 'must be true or false' }).default(fallback),
    ),
  /** A whole number in [min, max]. */
  int: (fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) =>
    z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: `must be a whole number from ${min} to ${max}` })
        .int(`must be a whole number from ${min} to ${max}`)
        .min(min, `must be a whole number from ${min} to ${max}`)
        .max(max, `must be a whole number from ${min} to ${max}`)
        .default(fallback),
    ),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    z.preprocess(
      (value) => {
        const raw = blankAsUnset(value)
        return typeof raw === 'string' ? raw.trim().toLowerCase() : raw
      },
      z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback),
    ),
  /** A comma-separated list. */
  list: () =>
    z.preprocess(
      blankAsUnset,
      z
        .string()
        .optional()
        .transform((value) =>
          (value ?? '')
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean),
        ),
    ),
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/**
 * Parses the variables a service declares, once, at start. Every problem is collected and thrown
 * together as one {@link ConfigError}, each naming its variable, so an operator fixes all at once.
 */
export function parseEnv<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Env = process.env,
): z.output<z.ZodObject<Shape>> {
  const values: Record<string, unknown> = {}
  for (const name of Object.keys(shape)) values[name] = env[name]
  const result = z.object(shape).safeParse(values)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?')
    const raw = env[name]
    const shown =
      raw === undefined || raw.trim() === '' || /SECRET|PASSWORD|TOKEN|KEY/.test(name)
        ? ''
        : `, got ${JSON.stringify(redact(raw))}`
    return `${name} ${issue.message}${shown}`
  })
  throw new ConfigError(problems)
}

/** Hides the password of a connection URL in messages. */
export function redact(value: string): string {
  return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}
