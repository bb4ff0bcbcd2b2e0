/**
 * What people do in the CMS, through Payload's Local API on the platform's own CMS database, as
 * themselves (access applies, overrideAccess: false): log in (a token signed with the platform's
 * PAYLOAD_SECRET, with a session in the CMS database, as the admin's login route gives), and the
 * adviser's work on a request (assign to self, reply; the reply mail goes to SMTP_URL). The
 * cross-service test runs the platform without the Next admin, which only adds the routes.
 *
 * Usage: CMS_DATABASE_URL=… PAYLOAD_SECRET=… SMTP_URL=… tsx cms-as.ts '<steps as JSON>'
 */
import { getPayload } from 'payload'
import { parseSettings } from '../../cms/src/config'
import { createPayloadConfig } from '../../cms/src/createPayloadConfig'

type Step =
  | { login: string; password: string }
  | { as: string; update: number; data: Record<string, unknown> }

const steps = JSON.parse(process.argv[2] ?? '[]') as Step[]
const settings = parseSettings({
  CMS_DATABASE_URL: process.env.CMS_DATABASE_URL,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
  SMTP_URL: process.env.SMTP_URL,
  CMS_JOBS_AUTORUN: 'false',
})
const payload = await getPayload({ config: createPayloadConfig(settings) })
const results: unknown[] = []
try {
  for (const step of steps) {
    if ('login' in step) {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: step.login, password: step.password },
      })
      results.push({ token })
      continue
    }
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: step.as } },
      overrideAccess: true,
    })
    const user = docs[0]
    if (!user) throw new Error(`no user ${step.as}`)
    // `"self"` stands for the acting user's id (an adviser assigns the request to themselves).
    const data = Object.fromEntries(
      Object.entries(step.data).map(([key, value]) => [key, value === 'self' ? user.id : value]),
    )
    const updated = await payload.update({
      collection: 'advice-requests',
      id: step.update,
      data,
      depth: 0,
      user,
      overrideAccess: false,
    })
    results.push({ state: updated.state, replies: updated.replies?.length ?? 0 })
  }
  console.log(JSON.stringify(results))
} finally {
  await payload.destroy()
}
process.exit(0)
