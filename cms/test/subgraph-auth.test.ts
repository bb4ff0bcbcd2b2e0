import { randomBytes } from 'node:crypto'
import { jwtSign } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { User } from '../src/payload-types'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { ADMIN_EMAIL, login, rest, startTestCms, type TestCms } from './support/testCms'

interface Answer {
  status: number
  data?: { knowledgeProduct: { title: string } | null } | null
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>
}

/** A knowledge product the seed leaves in draft: editors and admins read it, nobody else. */
const DRAFT = /* GraphQL */ `
  {
    knowledgeProduct(slug: "organiseer-ervaringsdeskundigheid") {
      title
    }
  }
`
const DRAFT_TITLE = 'Organiseer ervaringsdeskundigheid'

describe('content subgraph: a login ends for the subgraph when it ends in the CMS', () => {
  let cms: TestCms
  let server: ContentServer
  let admin: User
  let adminToken: string
  let accounts = 0

  beforeAll(async () => {
    cms = await startTestCms()
    server = await startContentServer({ payload: cms.payload, host: '127.0.0.1', port: 0 })
    const adminLogin = await login(cms, ADMIN_EMAIL)
    admin = adminLogin.user
    adminToken = adminLogin.token
  })
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
  })

  /** A fresh editor account of this test, logged in: no test shares its sessions with another. */
  async function loggedInEditor(): Promise<{ user: User; token: string; password: string }> {
    accounts += 1
    const password = randomBytes(12).toString('base64url')
    const email = `redacteur-${accounts}-${randomBytes(3).toString('hex')}@example.test`
    await cms.payload.create({
      collection: 'users',
      data: { name: `Redacteur ${accounts}`, email, password, role: 'editor' },
      user: admin,
      overrideAccess: false,
    })
    const { user, token } = await cms.payload.login({
      collection: 'users',
      data: { email, password },
    })
    if (!user || !token) throw new Error(`${email} could not log in`)
    return { user, token, password }
  }

  async function askForTheDraft(token: string): Promise<Answer> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ query: DRAFT }),
    })
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) }
  }

  /**
   * The token's answers, asked every 100 ms, until `done` holds for one (or 4 s pass): the
   * server reuses an identified caller for 2 s (the graph's session-check time), so a change
   * in the CMS shows within that — the first answer after it may still be the old one.
   */
  async function askUntil(token: string, done: (answer: Answer) => boolean): Promise<Answer> {
    const started = Date.now()
    for (;;) {
      const answer = await askForTheDraft(token)
      if (done(answer) || Date.now() - started > 4_000) return answer
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const isRefused = (answer: Answer) => answer.status === 401

  const refusal = (answer: Answer) => ({
    status: answer.status,
    code: answer.errors?.[0]?.extensions?.code,
    reason: answer.errors?.[0]?.extensions?.reason,
  })

  it('serves the draft until the editor logs out, then, within 2 s, refuses the token with SESSION_ENDED', async () => {
    const editor = await loggedInEditor()
    const before = await askForTheDraft(editor.token)

    const logout = await rest(cms, '/users/logout', editor.token, { method: 'POST' })
    const loggedOut = Date.now()
    const after = await askUntil(editor.token, isRefused)
    expect(Date.now() - loggedOut).toBeLessThan(3_500)

    expect(before.data).toEqual({ knowledgeProduct: { title: DRAFT_TITLE } })
    expect(logout.status).toBe(200)
    expect(refusal(after)).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_ENDED',
    })
    expect(after.data).toBeUndefined()
  })

  it('refuses the old token within 2 s once an admin has changed the password, and accepts a new login', async () => {
    const editor = await loggedInEditor()
    expect((await askForTheDraft(editor.token)).data?.knowledgeProduct?.title).toBe(DRAFT_TITLE)

    const newPassword = randomBytes(12).toString('base64url')
    await cms.payload.update({
      collection: 'users',
      id: editor.user.id,
      data: { password: newPassword },
      user: admin,
      overrideAccess: false,
    })
    const oldToken = await askUntil(editor.token, isRefused)
    const { token: newToken } = await cms.payload.login({
      collection: 'users',
      data: { email: editor.user.email, password: newPassword },
    })

    expect(refusal(oldToken)).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_ENDED',
    })
    expect((await askForTheDraft(newToken!)).data?.knowledgeProduct?.title).toBe(DRAFT_TITLE)
  })

  it('applies a role change to the same token within 2 s', async () => {
    const editor = await loggedInEditor()
    expect((await askForTheDraft(editor.token)).data?.knowledgeProduct?.title).toBe(DRAFT_TITLE)

    // The token still says "editor" (the role is signed into it); Payload reads the user fresh.
    await cms.payload.update({
      collection: 'users',
      id: editor.user.id,
      data: { role: 'organiser' },
      user: admin,
      overrideAccess: false,
    })
    const asOrganiser = await askUntil(
      editor.token,
      (answer) => answer.data?.knowledgeProduct === null,
    )

    expect(asOrganiser.status).toBe(200)
    expect(asOrganiser.errors).toBeUndefined()
    expect(asOrganiser.data).toEqual({ knowledgeProduct: null })
  })

  it("refuses a locked account's token with ACCOUNT_LOCKED within 2 s, and accepts it at once when unlocked", async () => {
    const editor = await loggedInEditor()
    expect((await askForTheDraft(editor.token)).data?.knowledgeProduct?.title).toBe(DRAFT_TITLE)

    // What Payload writes after too many failed logins; it keeps the account's sessions.
    await cms.payload.db.updateOne({
      collection: 'users',
      id: editor.user.id,
      data: { lockUntil: new Date(Date.now() + 15 * 60 * 1000).toISOString(), loginAttempts: 5 },
      returning: false,
    })
    const locked = await askUntil(editor.token, isRefused)
    // As the admin's "unlock" button does.
    const unlock = await rest(cms, '/users/unlock', adminToken, {
      method: 'POST',
      body: { email: editor.user.email },
    })
    const unlocked = await askForTheDraft(editor.token)

    expect(refusal(locked)).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      reason: 'ACCOUNT_LOCKED',
    })
    expect(locked.errors?.[0]?.message).toMatch(/locked/)
    expect(unlock.status).toBe(200)
    expect(unlocked.data?.knowledgeProduct?.title).toBe(DRAFT_TITLE)
  })

  it('accepts an account whose lock has run out', async () => {
    const editor = await loggedInEditor()
    await cms.payload.db.updateOne({
      collection: 'users',
      id: editor.user.id,
      data: { lockUntil: new Date(Date.now() - 1000).toISOString() },
      returning: false,
    })

    expect((await askForTheDraft(editor.token)).data?.knowledgeProduct?.title).toBe(DRAFT_TITLE)
  })

  it('tells an expired login (EXPIRED_TOKEN) from a token that is no login of this CMS (INVALID_TOKEN)', async () => {
    const editor = await loggedInEditor()
    const [, claims] = editor.token.split('.')
    const { sid } = JSON.parse(Buffer.from(claims!, 'base64url').toString('utf8')) as {
      sid: string
    }
    const fieldsToSign = { id: editor.user.id, collection: 'users', email: editor.user.email, sid }
    // Signed as Payload signs its logins, with this CMS's secret, but an hour past its expiry.
    const { token: expired } = await jwtSign({
      fieldsToSign,
      secret: cms.payload.secret,
      tokenExpiration: -3600,
    })
    const { token: foreign } = await jwtSign({
      fieldsToSign,
      secret: randomBytes(16).toString('hex'),
      tokenExpiration: 3600,
    })

    expect(refusal(await askForTheDraft(expired))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      reason: 'EXPIRED_TOKEN',
    })
    for (const token of [foreign, `${editor.token.slice(0, -2)}xx`, 'not-a-token']) {
      expect(refusal(await askForTheDraft(token))).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_TOKEN',
      })
    }
  })

  it('identifies a token once for many requests: concurrent ones share it, later ones reuse it for 2 s', async () => {
    const editor = await loggedInEditor()
    const auth = vi.spyOn(cms.payload, 'auth')
    try {
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => askForTheDraft(editor.token)),
      )
      for (let i = 0; i < 5; i++) answers.push(await askForTheDraft(editor.token))

      expect(answers.every((answer) => answer.data?.knowledgeProduct?.title === DRAFT_TITLE)).toBe(
        true,
      )
      expect(auth).toHaveBeenCalledTimes(1)
      await new Promise((resolve) => setTimeout(resolve, 2_100))
      expect((await askForTheDraft(editor.token)).data?.knowledgeProduct?.title).toBe(DRAFT_TITLE)
      expect(auth).toHaveBeenCalledTimes(2)
    } finally {
      auth.mockRestore()
    }
  })
})
