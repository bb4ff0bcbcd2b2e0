import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startMailCatcher } from '../../scripts/lib/platform.mjs'
import { freePort } from '../../scripts/lib/processes.mjs'
import { ADVICE_RETENTION_TASK } from '../src/collections/AdviceRequests/adviceRetention.task'
import { applyAdviceRetention } from '../src/collections/AdviceRequests/retention'
import { DEMO_USERS } from '../src/demo/users'
import type { AdviceRequest, User } from '../src/payload-types'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import {
  ADMIN_EMAIL,
  EDITOR_EMAIL,
  HENGELO_EMAIL,
  login,
  ORGANISER_EMAIL,
  OUDE_IJSSELSTREEK_EMAIL,
  rest,
  startTestCms,
  type TestCms,
} from './support/testCms'

const ADVISER_EMAIL = DEMO_USERS.find((user) => user.role === 'adviser')!.email

interface CaughtMail {
  subject: string
  to: Array<{ address: string }>
  text?: string
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>
}

type Role =
  'anonymous' | 'editor' | 'organiser' | 'adviser' | 'official' | 'otherOfficial' | 'admin'

const REQUEST_ADVICE = /* GraphQL */ `
  mutation ($input: RequestAdviceInput!) {
    requestAdvice(input: $input) {
      confirmationRequired
      request {
        id
        state
        confirmed
        municipality {
          code
        }
        municipalityName
        topics
        preferredForm
        contact {
          name
          email
        }
      }
    }
  }
`

const QUEUE = /* GraphQL */ `
  query ($state: AdviceRequestState) {
    adviceRequests(state: $state, first: 100) {
      totalCount
      edges {
        node {
          id
          state
          municipality {
            code
          }
          contact {
            email
          }
        }
      }
    }
  }
`

const MINE = /* GraphQL */ `
  {
    myAdviceRequests(first: 100) {
      totalCount
      edges {
        node {
          id
          state
          municipality {
            code
          }
          replies {
            message
            sentAt
          }
        }
      }
    }
  }
`

const input = (overrides: Record<string, unknown> = {}) => ({
  municipalityCode: 'GM1509',
  lifeDomains: ['vrije-tijd'],
  crpdArticles: [27],
  topics: ['LOCAL_INCLUSION_AGENDA'],
  question: 'Hoe betrekken we ervaringsdeskundigen bij onze Lokale Inclusie Agenda?',
  preferredForm: 'WORKSHOP',
  contact: { name: 'Gijs Ambtenaar', organisationRole: 'beleidsadviseur sociaal domein' },
  ...overrides,
})

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : value

const randomIp = () => `10.${randomBytes(3).join('.')}`
const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.test`

describe('tailored advice (advies op maat)', () => {
  let mail: Awaited<ReturnType<typeof startMailCatcher>>
  let cms: TestCms
  let server: ContentServer
  let payload: Payload
  const tokens = {} as Record<Exclude<Role, 'anonymous'>, string>
  const users = {} as Record<Exclude<Role, 'anonymous'>, User>

  beforeAll(async () => {
    mail = await startMailCatcher({
      host: '127.0.0.1',
      smtpPort: await freePort(),
      webPort: await freePort(),
    })
    cms = await startTestCms({ smtpUrl: mail.smtpUrl })
    payload = cms.payload
    server = await startContentServer({ payload, host: '127.0.0.1', port: 0 })
    const emails = {
      editor: EDITOR_EMAIL,
      organiser: ORGANISER_EMAIL,
      adviser: ADVISER_EMAIL,
      official: OUDE_IJSSELSTREEK_EMAIL,
      otherOfficial: HENGELO_EMAIL,
      admin: ADMIN_EMAIL,
    } as const
    for (const [role, email] of Object.entries(emails) as Array<[keyof typeof emails, string]>) {
      const { user, token } = await login(cms, email)
      tokens[role] = token
      users[role] = user
    }
  }, 180_000)
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
    await mail?.stop()
  })

  async function graphql(
    query: string,
    variables: Record<string, unknown> = {},
    role: Role = 'anonymous',
    ip = randomIp(),
  ): Promise<GraphQLAnswer> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-forwarded-for': ip,
    }
    if (role !== 'anonymous') headers.authorization = `JWT ${tokens[role]}`
    const response = await fetch(server.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    })
    return (await response.json()) as GraphQLAnswer
  }

  const firstError = (answer: GraphQLAnswer) => ({
    code: answer.errors?.[0]?.extensions?.code,
    reason: answer.errors?.[0]?.extensions?.reason,
  })

  async function inbox(address: string): Promise<CaughtMail[]> {
    const all = (await (await fetch(`${mail.webUrl}/api/email`)).json()) as CaughtMail[]
    return all.filter((message) => message.to.some((to) => to.address === address))
  }

  async function waitForMail(address: string, count = 1): Promise<CaughtMail[]> {
    let received: CaughtMail[] = []
    for (let attempt = 0; attempt < 50 && received.length < count; attempt++) {
      received = await inbox(address)
      if (received.length < count) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return received
  }

  const tokenIn = (text: string, path: string) =>
    new RegExp(`${path}\\?token=([A-Za-z0-9_%-]+)`).exec(text)?.[1]

  /** A request of the official (GM1509), confirmed at once; its id. */
  async function officialRequest(overrides: Record<string, unknown> = {}): Promise<number> {
    const answer = await graphql(REQUEST_ADVICE, { input: input(overrides) }, 'official')
    expect(answer.errors).toBeUndefined()
    const result = answer.data!.requestAdvice as { request: { id: string } }
    return Number(result.request.id)
  }

  const asUser = (role: Exclude<Role, 'anonymous'> | 'anonymous') =>
    role === 'anonymous'
      ? { overrideAccess: false as const }
      : { overrideAccess: false as const, user: users[role] }

  async function readAs(role: Role, id: number): Promise<AdviceRequest | 'forbidden' | null> {
    try {
      const { docs } = await payload.find({
        collection: 'advice-requests',
        where: { id: { equals: id } },
        depth: 0,
        ...asUser(role),
      })
      return docs[0] ?? null
    } catch (error) {
      if ((error as { status?: number }).status === 403) return 'forbidden'
      throw error
    }
  }

  describe('asking', () => {
    it("takes an official's request for their own municipality, confirmed at once", async () => {
      const answer = await graphql(REQUEST_ADVICE, { input: input() }, 'official')
      expect(answer.errors).toBeUndefined()
      expect(answer.data!.requestAdvice).toMatchObject({
        confirmationRequired: false,
        request: {
          state: 'NEW',
          confirmed: true,
          municipality: { code: 'GM1509' },
          municipalityName: 'Oude IJsselstreek',
          topics: ['LOCAL_INCLUSION_AGENDA'],
          preferredForm: 'WORKSHOP',
          // Left out of the input: the official's account address.
          contact: { name: 'Gijs Ambtenaar', email: OUDE_IJSSELSTREEK_EMAIL },
        },
      })
    })

    it('refuses an official asking for another municipality with FORBIDDEN, and writes nothing', async () => {
      const before = await payload.count({ collection: 'advice-requests' })
      const answer = await graphql(
        REQUEST_ADVICE,
        { input: input({ municipalityCode: 'GM0164' }) },
        'official',
      )
      expect(firstError(answer)).toEqual({ code: 'FORBIDDEN', reason: 'ADVICE_OTHER_MUNICIPALITY' })
      expect(await payload.count({ collection: 'advice-requests' })).toEqual(before)
    })

    it.each(['editor', 'organiser', 'adviser', 'admin'] as const)(
      'refuses a request with the account of an %s (FORBIDDEN)',
      async (role) => {
        const answer = await graphql(REQUEST_ADVICE, { input: input() }, role)
        expect(firstError(answer)).toEqual({ code: 'FORBIDDEN', reason: 'ADVICE_ROLE_NOT_ALLOWED' })
      },
    )

    it.each([
      ['an unknown municipality', { municipalityCode: 'GM9999' }, /municipalityCode/],
      ['a life domain that does not exist', { lifeDomains: ['sport'] }, /lifeDomains/],
      ['a CRPD article the programme does not list', { crpdArticles: [99] }, /crpdArticles/],
      ['no topic at all', { lifeDomains: [], crpdArticles: [], topics: [] }, /topic/],
      ['a question of a few characters', { question: 'Help?' }, /question/],
      ['a question over 4,000 characters', { question: 'x'.repeat(4001) }, /question/],
      ['a malformed e-mail address', { contact: { name: 'Ann', email: 'ann@' } }, /email/],
      ['a phone number with letters', { contact: { name: 'Ann', phone: 'bel me' } }, /phone/],
      ['a one-letter name', { contact: { name: 'A' } }, /name/],
    ])(
      'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
      async (_, overrides, field) => {
        const before = await payload.count({ collection: 'advice-requests' })
        const answer = await graphql(REQUEST_ADVICE, { input: input(overrides) }, 'official')
        expect(firstError(answer).code).toBe('BAD_USER_INPUT')
        expect(answer.errors![0]!.message).toMatch(field)
        expect(await payload.count({ collection: 'advice-requests' })).toEqual(before)
      },
    )

    it('requires an e-mail address without a login', async () => {
      const answer = await graphql(REQUEST_ADVICE, { input: input() })
      expect(firstError(answer)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'ADVICE_EMAIL_REQUIRED',
      })
    })

    it('refuses a sixth request from one e-mail address within the hour (RATE_LIMITED)', async () => {
      const email = uniqueEmail('veel')
      const ask = () =>
        graphql(REQUEST_ADVICE, { input: input({ contact: { name: 'Veel Vragen', email } }) })
      for (let attempt = 0; attempt < 5; attempt++) expect((await ask()).errors).toBeUndefined()
      expect(firstError(await ask())).toEqual({
        code: 'RATE_LIMITED',
        reason: 'ADVICE_TOO_MANY_FROM_ADDRESS',
      })
    })

    it('refuses the 21st request from one client within the hour (RATE_LIMITED)', async () => {
      const ip = randomIp()
      const ask = () =>
        graphql(
          REQUEST_ADVICE,
          { input: input({ contact: { name: 'Zelfde Netwerk', email: uniqueEmail('net') } }) },
          'anonymous',
          ip,
        )
      for (let attempt = 0; attempt < 20; attempt++) expect((await ask()).errors).toBeUndefined()
      expect(firstError(await ask())).toEqual({
        code: 'RATE_LIMITED',
        reason: 'ADVICE_TOO_MANY_FROM_CLIENT',
      })
    }, 60_000)
  })

  describe('an anonymous request', () => {
    it('joins the queue only once the link in the confirmation mail is confirmed', async () => {
      const email = uniqueEmail('inwoner')
      const answer = await graphql(REQUEST_ADVICE, {
        input: input({ municipalityCode: 'GM0164', contact: { name: 'Ineke Inwoner', email } }),
      })
      expect(answer.data!.requestAdvice).toEqual({ confirmationRequired: true, request: null })

      const [message] = await waitForMail(email)
      expect(message!.subject).toMatch(/Bevestig/)
      const confirmToken = decodeURIComponent(tokenIn(message!.text!, '/advies/bevestigen')!)
      const statusToken = decodeURIComponent(tokenIn(message!.text!, '/advies/status')!)
      expect(message!.text).toContain('http://localhost:4000/advies/bevestigen?token=')

      const inQueue = async (role: Role) => {
        const queue = await graphql(QUEUE, {}, role)
        const edges = (
          queue.data?.adviceRequests as { edges: Array<{ node: { contact: { email: string } } }> }
        ).edges
        return edges.some((edge) => edge.node.contact.email === email)
      }
      // Unconfirmed: not in the advisers' queue, nor the municipality's; admins see it.
      expect(await inQueue('adviser')).toBe(false)
      expect(await inQueue('otherOfficial')).toBe(false)
      expect(await inQueue('admin')).toBe(true)

      const status = `query ($token: String!) { adviceRequestStatus(token: $token) { state confirmed question } }`
      expect(
        (await graphql(status, { token: statusToken })).data!.adviceRequestStatus,
      ).toMatchObject({
        state: 'NEW',
        confirmed: false,
      })

      const confirm = `mutation ($token: String!) { confirmAdviceRequest(input: { token: $token }) { state alreadyConfirmed } }`
      expect((await graphql(confirm, { token: confirmToken })).data!.confirmAdviceRequest).toEqual({
        state: 'NEW',
        alreadyConfirmed: false,
      })
      expect((await graphql(confirm, { token: confirmToken })).data!.confirmAdviceRequest).toEqual({
        state: 'NEW',
        alreadyConfirmed: true,
      })
      expect(await inQueue('adviser')).toBe(true)
      // Hengelo's official now sees the request of Hengelo; Oude IJsselstreek's does not.
      expect(await inQueue('otherOfficial')).toBe(true)
      expect(await inQueue('official')).toBe(false)
      expect(
        (await graphql(status, { token: statusToken })).data!.adviceRequestStatus,
      ).toMatchObject({
        confirmed: true,
      })
    })

    it('answers an unknown or malformed token with TOKEN_INVALID', async () => {
      const confirm = `mutation ($token: String!) { confirmAdviceRequest(input: { token: $token }) { state } }`
      for (const token of ['nope', 'A'.repeat(43)]) {
        expect(firstError(await graphql(confirm, { token })).code).toBe('TOKEN_INVALID')
        const status = `query ($token: String!) { adviceRequestStatus(token: $token) { state } }`
        expect(firstError(await graphql(status, { token })).code).toBe('TOKEN_INVALID')
      }
    })
  })

  describe('access, as every role', () => {
    let id: number

    beforeAll(async () => {
      id = await officialRequest()
      await payload.update({
        collection: 'advice-requests',
        id,
        data: { internalNotes: 'Eerder contact gehad met de wethouder.' },
        ...asUser('adviser'),
      })
    })

    it('lets admins, advisers and the own municipality read a request; nobody else', async () => {
      const expected: Record<Role, 'read' | 'none'> = {
        anonymous: 'none',
        editor: 'none',
        organiser: 'none',
        adviser: 'read',
        official: 'read',
        otherOfficial: 'none',
        admin: 'read',
      }
      for (const [role, outcome] of Object.entries(expected) as Array<[Role, string]>) {
        const doc = await readAs(role, id)
        expect([role, typeof doc === 'object' && doc !== null ? 'read' : 'none']).toEqual([
          role,
          outcome,
        ])
      }
    })

    it('shows internal notes and the history to the project team only', async () => {
      for (const role of ['adviser', 'admin'] as const) {
        const doc = (await readAs(role, id)) as AdviceRequest
        expect(doc.internalNotes).toBe('Eerder contact gehad met de wethouder.')
        expect(doc.history?.length).toBeGreaterThan(0)
      }
      const own = (await readAs('official', id)) as AdviceRequest
      expect(own.internalNotes).toBeUndefined()
      expect(own.history ?? []).toEqual([])
      expect(own.contact.email).toBe(OUDE_IJSSELSTREEK_EMAIL)
      // Token hashes never leave the database, whoever reads.
      const admin = (await readAs('admin', id)) as AdviceRequest
      expect(admin.statusTokenHash).toBeUndefined()
    })

    it.each(['anonymous', 'editor', 'organiser', 'official', 'otherOfficial'] as const)(
      'refuses an update by %s',
      async (role) => {
        await expect(
          payload.update({
            collection: 'advice-requests',
            id,
            data: { internalNotes: 'overschreven' },
            ...asUser(role),
          }),
        ).rejects.toMatchObject({ status: 403 })
      },
    )

    it('lets an adviser update, but not rewrite what the requester wrote', async () => {
      const updated = await payload.update({
        collection: 'advice-requests',
        id,
        data: { question: 'Iets heel anders gevraagd', internalNotes: 'Bijgewerkt.' },
        ...asUser('adviser'),
      })
      expect(updated.internalNotes).toBe('Bijgewerkt.')
      expect(updated.question).toMatch(/ervaringsdeskundigen/)
    })

    it('lets only admins delete a request', async () => {
      const victim = await officialRequest()
      for (const role of [
        'anonymous',
        'editor',
        'organiser',
        'adviser',
        'official',
        'otherOfficial',
      ] as const) {
        await expect(
          payload.delete({ collection: 'advice-requests', id: victim, ...asUser(role) }),
        ).rejects.toMatchObject({ status: 403 })
      }
      await payload.delete({ collection: 'advice-requests', id: victim, ...asUser('admin') })
      expect(await readAs('admin', victim)).toBeNull()
    })

    it('refuses to create a request past the graph, for every role', async () => {
      for (const role of ['anonymous', 'editor', 'adviser', 'official', 'admin'] as const) {
        await expect(
          payload.create({
            collection: 'advice-requests',
            data: {
              municipality: 'GM1509',
              question: 'Rechtstreeks in de CMS gezet',
              preferredForm: 'call',
              contact: { name: 'X Y', email: 'x@example.test' },
              state: 'new',
            },
            ...asUser(role),
          }),
        ).rejects.toMatchObject({ status: 403 })
      }
    })

    it('serves the queue in the graph to the team and the own municipality only', async () => {
      const ids = async (role: Role) => {
        const answer = await graphql(QUEUE, {}, role)
        if (answer.errors) return firstError(answer).code
        const edges = (
          answer.data!.adviceRequests as {
            edges: Array<{ node: { id: string; municipality: { code: string } } }>
          }
        ).edges
        return edges.map((edge) => [Number(edge.node.id), edge.node.municipality.code] as const)
      }
      expect(await ids('anonymous')).toBe('UNAUTHENTICATED')
      expect(await ids('editor')).toBe('FORBIDDEN')
      expect(await ids('organiser')).toBe('FORBIDDEN')
      expect(await ids('adviser')).toContainEqual([id, 'GM1509'])
      expect(await ids('admin')).toContainEqual([id, 'GM1509'])
      const own = (await ids('official')) as Array<readonly [number, string]>
      expect(own).toContainEqual([id, 'GM1509'])
      expect(own.every(([, code]) => code === 'GM1509')).toBe(true)
      const other = (await ids('otherOfficial')) as Array<readonly [number, string]>
      expect(other.some(([otherId]) => otherId === id)).toBe(false)
    })

    it('serves myAdviceRequests to municipal officials only', async () => {
      expect(firstError(await graphql(MINE)).code).toBe('UNAUTHENTICATED')
      for (const role of ['editor', 'organiser', 'adviser', 'admin'] as const) {
        expect(firstError(await graphql(MINE, {}, role)).code).toBe('FORBIDDEN')
      }
      const mine = (await graphql(MINE, {}, 'official')).data!.myAdviceRequests as {
        edges: Array<{ node: { id: string } }>
      }
      expect(mine.edges.map((edge) => Number(edge.node.id))).toContain(id)
      const others = (await graphql(MINE, {}, 'otherOfficial')).data!.myAdviceRequests as {
        edges: Array<{ node: { id: string } }>
      }
      expect(others.edges.map((edge) => Number(edge.node.id))).not.toContain(id)
    })
  })

  describe('the queue', () => {
    const update = (
      id: number,
      data: Record<string, unknown>,
      role: 'adviser' | 'admin' = 'adviser',
    ) => payload.update({ collection: 'advice-requests', id, data, ...asUser(role) })

    const codeOf = async (write: Promise<unknown>) => {
      const error = (await write.then(
        () => undefined,
        (rejection: unknown) => rejection,
      )) as { data?: { code?: string } } | undefined
      return error?.data?.code
    }

    it('allows only the moves new → assigned → in progress → done, and records who moved it when', async () => {
      const id = await officialRequest()
      expect(await codeOf(update(id, { state: 'done' }))).toBe(
        'ADVICE_STATE_TRANSITION_NOT_ALLOWED',
      )
      expect(await codeOf(update(id, { state: 'in_progress' }))).toBe(
        'ADVICE_STATE_TRANSITION_NOT_ALLOWED',
      )
      expect(await codeOf(update(id, { state: 'assigned' }))).toBe('ADVICE_ASSIGNEE_REQUIRED')
      // Only the project team can be assigned.
      await expect(update(id, { state: 'assigned', assignee: users.editor.id })).rejects.toThrow()
      await update(id, { state: 'assigned', assignee: users.adviser.id })
      await update(id, { state: 'in_progress' })
      const done = await update(id, { state: 'done' }, 'admin')
      expect(done.history!.map((row) => [row.from ?? null, row.to, idOf(row.by)])).toEqual([
        [null, 'new', users.official.id],
        ['new', 'assigned', users.adviser.id],
        ['assigned', 'in_progress', users.adviser.id],
        ['in_progress', 'done', users.admin.id],
      ])
      expect(await codeOf(update(id, { state: 'new' }))).toBe('ADVICE_STATE_TRANSITION_NOT_ALLOWED')
      // A client cannot rewrite the history.
      const rewritten = await update(id, { history: [], internalNotes: 'klaar' })
      expect(rewritten.history).toHaveLength(4)
    })

    it('keeps an unconfirmed request new', async () => {
      const email = uniqueEmail('onbevestigd')
      await graphql(REQUEST_ADVICE, { input: input({ contact: { name: 'Nog Niet', email } }) })
      const { docs } = await payload.find({
        collection: 'advice-requests',
        where: { 'contact.email': { equals: email } },
        overrideAccess: true,
      })
      expect(await codeOf(update(docs[0]!.id, { state: 'declined' }, 'admin'))).toBe(
        'ADVICE_REQUEST_NOT_CONFIRMED',
      )
    })

    it("e-mails a reply to the requester, records its sender and time, and shows it in the official's view", async () => {
      const email = uniqueEmail('ambtenaar')
      const id = await officialRequest({ contact: { name: 'Gijs Ambtenaar', email } })
      await update(id, { state: 'assigned', assignee: users.adviser.id })
      const replied = await update(id, {
        replies: [{ message: 'Wij plannen graag een workshop in maart. Schikt dinsdag 10 maart?' }],
      })
      expect(replied.replies).toHaveLength(1)
      expect(idOf(replied.replies![0]!.sentBy)).toBe(users.adviser.id)
      expect(replied.replies![0]!.sentAt).toEqual(expect.any(String))

      const received = await waitForMail(email, 2)
      const reply = received.find((message) => message.subject.startsWith('Antwoord'))
      expect(reply?.text).toContain('Wij plannen graag een workshop in maart.')

      const mine = (await graphql(MINE, {}, 'official')).data!.myAdviceRequests as {
        edges: Array<{ node: { id: string; state: string; replies: Array<{ message: string }> } }>
      }
      expect(mine.edges.find((edge) => Number(edge.node.id) === id)?.node).toMatchObject({
        state: 'ASSIGNED',
        replies: [{ message: 'Wij plannen graag een workshop in maart. Schikt dinsdag 10 maart?' }],
      })

      // A sent reply is the record: it cannot be changed or removed.
      expect(
        await codeOf(update(id, { replies: [{ ...replied.replies![0], message: 'Toch niet.' }] })),
      ).toBe('ADVICE_REPLY_IMMUTABLE')
      expect(await codeOf(update(id, { replies: [] }))).toBe('ADVICE_REPLY_IMMUTABLE')
    })
  })

  describe('retention', () => {
    it('deletes expired unconfirmed requests and erases the contact of requests closed 12 months ago', async () => {
      const email = uniqueEmail('vergeten')
      await graphql(REQUEST_ADVICE, { input: input({ contact: { name: 'Oud Verzoek', email } }) })
      const closedId = await officialRequest({
        contact: { name: 'Gijs Ambtenaar', email: uniqueEmail('gesloten'), phone: '0315 123 456' },
      })
      await payload.update({
        collection: 'advice-requests',
        id: closedId,
        data: { state: 'declined' },
        ...asUser('adviser'),
      })
      const recentId = await officialRequest()
      await payload.update({
        collection: 'advice-requests',
        id: recentId,
        data: { state: 'declined' },
        ...asUser('adviser'),
      })
      // Thirteen months ago: the closed one's last change, the unconfirmed one's link.
      const longAgo = new Date(Date.now() - 13 * 31 * 24 * 3600 * 1000).toISOString()
      await payload.db.pool.query(`update advice_requests set updated_at = $1 where id = $2`, [
        longAgo,
        closedId,
      ])
      await payload.db.pool.query(
        `update advice_requests set confirmation_expires_at = $1 where contact_email = $2`,
        [longAgo, email],
      )

      const result = await applyAdviceRetention(payload)
      expect(result.deletedUnconfirmed).toBeGreaterThanOrEqual(1)
      expect(result.erasedContacts).toBe(1)
      const gone = await payload.find({
        collection: 'advice-requests',
        where: { 'contact.email': { equals: email } },
        overrideAccess: true,
      })
      expect(gone.docs).toEqual([])
      const erased = (await readAs('admin', closedId)) as AdviceRequest
      expect(erased.contact).toMatchObject({
        name: 'verwijderd',
        email: 'verwijderd@example.invalid',
      })
      expect(erased.contact.phone ?? null).toBeNull()
      expect(erased.requester ?? null).toBeNull()
      expect(erased.question).toMatch(/ervaringsdeskundigen/)
      const recent = (await readAs('admin', recentId)) as AdviceRequest
      expect(recent.contact.email).toBe(OUDE_IJSSELSTREEK_EMAIL)
      // A second run finds nothing more to do.
      expect(await applyAdviceRetention(payload)).toEqual({
        deletedUnconfirmed: 0,
        erasedContacts: 0,
      })
    })

    it('runs daily as a scheduled job on the default queue', async () => {
      const task = payload.config.jobs.tasks?.find((t) => t.slug === ADVICE_RETENTION_TASK)
      expect(task?.schedule).toEqual([{ cron: '30 3 * * *', queue: 'default' }])
      // An unconfirmed request whose link expired: the job deletes it.
      const email = uniqueEmail('verlopen-taak')
      await graphql(REQUEST_ADVICE, { input: input({ contact: { name: 'Verlopen', email } }) })
      await payload.db.pool.query(
        `update advice_requests set confirmation_expires_at = now() - interval '1 day' where contact_email = $1`,
        [email],
      )
      const job = await payload.jobs.queue({ task: ADVICE_RETENTION_TASK, input: {} })
      const { jobStatus } = await payload.jobs.runByID({ id: job.id })
      expect(jobStatus?.[String(job.id)]).toEqual({ status: 'success' })
      const left = await payload.find({
        collection: 'advice-requests',
        where: { 'contact.email': { equals: email } },
        overrideAccess: true,
      })
      expect(left.docs).toEqual([])
    })
  })

  describe('suggestions', () => {
    const SUGGESTIONS = /* GraphQL */ `
      {
        adviceRequests(first: 100) {
          edges {
            node {
              id
              suggestions {
                knowledgeProducts {
                  title
                }
                practiceExamples {
                  title
                }
                upcomingEvents {
                  title
                  startsAt
                }
                municipality {
                  code
                }
              }
            }
          }
        }
      }
    `

    it('suggests published content on the topics, the CRPD article first, in one query per kind for all requests', async () => {
      const id = await officialRequest({ lifeDomains: ['vrije-tijd'], crpdArticles: [9] })
      await officialRequest({ lifeDomains: ['thuis'], crpdArticles: [] })
      await officialRequest({ lifeDomains: [], crpdArticles: [33] })
      const find = vi.spyOn(payload, 'find')
      const answer = await graphql(SUGGESTIONS, {}, 'adviser')
      // The finds on topics (others check the media's read access, whatever the query).
      const topicFinds = find.mock.calls
        .map(([args]) => args)
        .filter((args) => /lifeDomains|crpdArticles/.test(JSON.stringify(args.where ?? {})))
        .map((args) => args.collection)
      find.mockRestore()
      expect(answer.errors).toBeUndefined()
      const edges = (
        answer.data!.adviceRequests as {
          edges: Array<{
            node: {
              id: string
              suggestions: {
                knowledgeProducts: Array<{ title: string }>
                upcomingEvents: Array<{ startsAt: string }>
                municipality: { code: string }
              }
            }
          }>
        }
      ).edges
      expect(edges.length).toBeGreaterThan(2)
      const suggestions = edges.find((edge) => Number(edge.node.id) === id)!.node.suggestions
      // Article 9 (accessibility) first, then the life domain's; never a draft.
      expect(suggestions.knowledgeProducts.map((product) => product.title)).toEqual([
        'Wonen is hoofdzaak',
        'Handreiking Lokale Inclusie Agenda',
      ])
      for (const event of suggestions.upcomingEvents) {
        expect(new Date(event.startsAt).getTime()).toBeGreaterThan(Date.now())
      }
      expect(suggestions.municipality).toEqual({ code: 'GM1509' })
      // One find per loader (knowledge products: by article and by life domain), for all requests.
      expect(topicFinds.sort()).toEqual([
        'events',
        'knowledge-products',
        'knowledge-products',
        'practice-examples',
      ])
    })

    it("serves the adviser's panel in the admin, to the project team only", async () => {
      const id = await officialRequest({ lifeDomains: ['thuis'], crpdArticles: [] })
      const panel = await rest(cms, `/advice-requests/${id}/suggestions`, tokens.adviser)
      expect(panel.status).toBe(200)
      const body = (await panel.json()) as {
        knowledgeProducts: Array<{ title: string }>
        weakestLifeDomains: unknown
      }
      expect(body.knowledgeProducts.map((product) => product.title)).toContain('Wonen is hoofdzaak')
      // No monitor runs in this test: the panel says so instead of failing.
      expect(body.weakestLifeDomains).toBeNull()
      for (const role of ['editor', 'organiser', 'official'] as const) {
        expect((await rest(cms, `/advice-requests/${id}/suggestions`, tokens[role])).status).toBe(
          403,
        )
      }
      expect((await rest(cms, `/advice-requests/${id}/suggestions`)).status).toBe(401)
    })
  })
})

describe('tailored advice when the mail server does not take the mail', () => {
  let cms: TestCms
  let server: ContentServer

  beforeAll(async () => {
    // Nothing listens on this port: every send is refused.
    cms = await startTestCms({ smtpUrl: `smtp://127.0.0.1:${await freePort()}` })
    server = await startContentServer({ payload: cms.payload, host: '127.0.0.1', port: 0 })
  }, 180_000)
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
  })

  it('saves no request whose confirmation mail was not sent', async () => {
    const before = await cms.payload.count({ collection: 'advice-requests', overrideAccess: true })
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': randomIp() },
      body: JSON.stringify({
        query: REQUEST_ADVICE,
        variables: {
          input: input({ contact: { name: 'Geen Post', email: uniqueEmail('geenpost') } }),
        },
      }),
    })
    const answer = (await response.json()) as GraphQLAnswer
    expect(answer.errors?.[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'ADVICE_MAIL_NOT_SENT',
    })
    expect(JSON.stringify(answer)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|smtp/i)
    expect(
      await cms.payload.count({ collection: 'advice-requests', overrideAccess: true }),
    ).toEqual(before)
  })

  it('saves nothing of an update whose reply was not sent', async () => {
    const { user: adviser } = await login(cms, ADVISER_EMAIL)
    const request = await cms.payload.create({
      collection: 'advice-requests',
      data: {
        municipality: 'GM1509',
        question: 'Een vraag die al in de wachtrij staat.',
        preferredForm: 'call',
        contact: { name: 'Gijs Ambtenaar', email: uniqueEmail('wachtrij') },
        confirmedAt: new Date().toISOString(),
        state: 'new',
      },
      overrideAccess: true,
    })
    const write = cms.payload.update({
      collection: 'advice-requests',
      id: request.id,
      data: {
        state: 'assigned',
        assignee: adviser.id,
        internalNotes: 'Samen met het antwoord opgeslagen.',
        replies: [{ message: 'Dit antwoord komt niet aan.' }],
      },
      user: adviser,
      overrideAccess: false,
    })
    await expect(write).rejects.toMatchObject({
      status: 503,
      data: { code: 'ADVICE_REPLY_NOT_SENT' },
    })
    const after = await cms.payload.findByID({
      collection: 'advice-requests',
      id: request.id,
      overrideAccess: true,
    })
    expect(after).toMatchObject({ state: 'new', replies: [] })
    expect(after.internalNotes ?? null).toBeNull()
  })
})
