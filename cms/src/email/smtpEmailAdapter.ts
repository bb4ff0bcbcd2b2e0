import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export interface SmtpEmailSettings {
  /** smtp:// or smtps:// with credentials, e.g. smtps://user:password@smtp.example.org. */
  smtpUrl: string
  from: { name: string; address: string }
}

/**
 * Payload's e-mail adapter on nodemailer, as `@payloadcms/email-nodemailer` does it: Payload's
 * messages (password resets, account notices) go out through SMTP. Ours because that package
 * stops at 3.90.1 and Payload refuses to start with a package of another version than its own
 * ("Mismatching payload dependency versions"); this one uses the nodemailer the monitor uses too.
 * The transport connects when a mail is sent, so a mail server that is down never stops the CMS
 * from starting; a failed send rejects, and Payload logs it.
 */
export function smtpEmailAdapter({ smtpUrl, from }: SmtpEmailSettings): EmailAdapter {
  const transport = nodemailer.createTransport(smtpUrl)
  return () => ({
    name: 'smtp',
    defaultFromName: from.name,
    defaultFromAddress: from.address,
    sendEmail: async (message: SendEmailOptions) => {
      const sender =
        typeof message.from === 'object' && message.from
          ? message.from.name
            ? `${message.from.name} <${message.from.address}>`
            : message.from.address
          : message.from
      return transport.sendMail({ ...message, from: sender || `${from.name} <${from.address}>` })
    },
  })
}
