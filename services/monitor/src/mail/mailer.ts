import { createTransport } from 'nodemailer'

export interface MailMessage {
  to: string
  subject: string
  /** Plain text: every mail has it, for screen readers and text-only clients. */
  text: string
  html: string
}

/** Sends mail; the election's confirmation e-mails go through it. */
export interface Mailer {
  send(message: MailMessage): Promise<void>
  close(): void
}

export interface MailerOptions {
  /** smtp:// or smtps:// with credentials in the URL (SMTP_URL). */
  smtpUrl: string
  /** The sender, e.g. "Meest Toegankelijke Gemeente <verkiezing@example.org>" (MAIL_FROM). */
  from: string
}

/**
 * A nodemailer SMTP transport with short timeouts: a slow mail server fails a submission with
 * ELECTION_UNAVAILABLE within seconds instead of holding the request (and its transaction).
 */
export function createMailer(options: MailerOptions): Mailer {
  const transport = createTransport({
    url: options.smtpUrl,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  })
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message })
    },
    close() {
      transport.close()
    },
  }
}
