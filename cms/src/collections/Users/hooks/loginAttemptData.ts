/** The e-mail address and password of a login or forgot-password operation, as Payload reads them. */
export function loginAttemptData(args: unknown): { email: string; password: string } {
  const data: unknown = (args as { data?: unknown } | undefined)?.data
  const field = (name: string) => {
    const value: unknown = (data as Record<string, unknown> | null | undefined)?.[name]
    return typeof value === 'string' ? value : ''
  }
  // Payload's own sanitising (login and forgot-password operations): lower case, trimmed.
  return { email: field('email').toLowerCase().trim(), password: field('password') }
}
