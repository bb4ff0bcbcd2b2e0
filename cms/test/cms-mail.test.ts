import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailCatcher } from '../../scripts/lib/platform.mjs'
import { freePort } from '../../scripts/lib/processes.mjs'
import { EDITOR_EMAIL, rest, startTestCms, type TestCms } from './support/testCms'

interface CaughtMail {
  subject: string
  to: Array<{ address: string }>
  from: Array<{ address: string; name: string }>
  html?: string
  text?: string
}

/** The CMS's own e-mails go out through SMTP (Payload's nodemailer adapter), here to a real catcher. */
describe("the CMS's own e-mails", () => {
  let mail: Awaited<ReturnType<typeof startMailCatcher>>
  let cms: TestCms

  beforeAll(async () => {
    mail = await startMailCatcher({
      host: '127.0.0.1',
      smtpPort: await freePort(),
      webPort: await freePort(),
    })
    cms = await startTestCms({ smtpUrl: mail.smtpUrl })
  }, 180_000)
  afterAll(async () => {
    await cms?.destroy()
    await mail?.stop()
  })

  async function inbox(address: string): Promise<CaughtMail[]> {
    const response = await fetch(`${mail.webUrl}/api/email`)
    const all = (await response.json()) as CaughtMail[]
    return all.filter((message) => message.to.some((to) => to.address === address))
  }

  it('sends the password-reset mail, from the configured sender, with a link to the admin', async () => {
    const response = await rest(cms, '/users/forgot-password', undefined, {
      method: 'POST',
      body: { email: EDITOR_EMAIL },
    })
    expect(response.status).toBe(200)

    let received: CaughtMail[] = []
    for (let attempt = 0; attempt < 40 && received.length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      received = await inbox(EDITOR_EMAIL)
    }
    expect(received).toHaveLength(1)
    const [message] = received
    expect(message!.from[0]).toMatchObject({
      address: 'noreply@iedereendoetmee.nl',
      name: 'Iedereen doet mee!',
    })
    expect(message!.html ?? message!.text).toMatch(/reset-password|wachtwoord|password/i)
  })

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const before = (await (await fetch(`${mail.webUrl}/api/email`)).json()) as CaughtMail[]
    const response = await rest(cms, '/users/forgot-password', undefined, {
      method: 'POST',
      body: { email: 'niemand@example.org' },
    })
    expect(response.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const after = (await (await fetch(`${mail.webUrl}/api/email`)).json()) as CaughtMail[]
    expect(after).toHaveLength(before.length)
  })
})
