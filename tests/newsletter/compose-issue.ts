/**
 * What an editor does in the admin, through Payload's Local API as that editor (access applies,
 * overrideAccess: false): compose an issue with suggested content and send it. The cross-service
 * test runs the platform without the Next admin (Payload serves REST only there); this process
 * writes to the platform's own CMS database, and the content service's job runner sends.
 *
 * Usage: CMS_DATABASE_URL=… tsx compose-issue.ts '{"title":"…","editor":"redacteur@example.org"}'
 */
import { randomBytes } from 'node:crypto'
import { getPayload } from 'payload'
import { parseSettings } from '../../cms/src/config'
import { createPayloadConfig } from '../../cms/src/createPayloadConfig'

const { title, editor: editorEmail } = JSON.parse(process.argv[2] ?? '{}') as {
  title: string
  editor: string
}
const settings = parseSettings({
  CMS_DATABASE_URL: process.env.CMS_DATABASE_URL,
  // Signs nothing here: no login token leaves this process.
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  CMS_JOBS_AUTORUN: 'false',
})
const payload = await getPayload({ config: createPayloadConfig(settings) })
try {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: editorEmail } },
    overrideAccess: true,
  })
  const editor = docs[0]
  if (!editor) throw new Error(`no user ${editorEmail}`)
  const as = { user: editor, overrideAccess: false } as const
  const issue = await payload.create({
    collection: 'newsletter-issues',
    data: {
      title,
      intro: 'Het laatste nieuws van Iedereen doet mee!',
      suggest: true,
      status: 'draft',
    },
    ...as,
  })
  const sending = await payload.update({
    collection: 'newsletter-issues',
    id: issue.id,
    data: { send: true },
    ...as,
  })
  console.log(JSON.stringify({ id: sending.id, status: sending.status }))
} finally {
  await payload.destroy()
}
process.exit(0)
