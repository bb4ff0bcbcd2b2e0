import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CURRENT_PASSWORD_MESSAGES } from '../src/collections/Users/hooks/requireCurrentPassword'
import {
  ADMIN_EMAIL,
  EDITOR_EMAIL,
  login,
  rest,
  startTestCms,
  type TestCms,
} from './support/testCms'

// Changing one's own password or e-mail address through the REST API (what a stolen token can
// reach), and every way a non-admin might learn which addresses have accounts.

let cms: TestCms
let adminToken: string

const PASSWORD = 'het-huidige-wachtwoord-1'
let account = 0

interface Account {
  id: number
  email: string
  token: string
}

/** A fresh editor of its own, so lockouts and password changes touch no other test. */
async function freshEditor(): Promise<Account> {
  const email = `account-${account++}.security@example.org`
  const { id } = await cms.payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: email, role: 'editor' },
  })
  const { token } = await cms.payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  return { id, email, token: token! }
}

interface FieldError {
  path: string
  message: string
}

async function fieldErrors(response: Response): Promise<FieldError[]> {
  const body = (await response.json()) as { errors?: Array<{ data?: { errors?: FieldError[] } }> }
  return (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
}

const patchUser = (
  id: number,
  token: string | undefined,
  body: Record<string, unknown>,
  language?: string,
) => rest(cms, `/users/${id}`, token, { method: 'PATCH', body, language })

async function canLogIn(email: string, password: string): Promise<boolean> {
  const response = await rest(cms, '/users/login', undefined, {
    method: 'POST',
    body: { email, password },
  })
  return response.status === 200
}

async function loginAttempts(id: number): Promise<{ loginAttempts: unknown; lockUntil: unknown }> {
  const row = await cms.payload.db.findOne<{
    id: number
    loginAttempts?: unknown
    lockUntil?: unknown
  }>({
    collection: 'users',
    where: { id: { equals: id } },
  })
  return { loginAttempts: row?.loginAttempts, lockUntil: row?.lockUntil ?? null }
}

beforeAll(async () => {
  cms = await startTestCms()
  adminToken = (await login(cms, ADMIN_EMAIL)).token
})
afterAll(async () => {
  await cms?.destroy()
})

describe("changing one's own password", () => {
  it('refuses a new password without the current one with 400 on currentPassword, in Dutch', async () => {
    const editor = await freshEditor()

    const response = await patchUser(editor.id, editor.token, {
      password: 'een-nieuw-wachtwoord-1',
    })

    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual([
      { path: 'currentPassword', message: CURRENT_PASSWORD_MESSAGES.missing.nl },
    ])
    expect(await canLogIn(editor.email, PASSWORD)).toBe(true)
  })

  it('answers in English when the editor chose English', async () => {
    const editor = await freshEditor()

    const response = await patchUser(
      editor.id,
      editor.token,
      { password: 'een-nieuw-wachtwoord-1' },
      'en',
    )

    expect(await fieldErrors(response)).toEqual([
      { path: 'currentPassword', message: CURRENT_PASSWORD_MESSAGES.missing.en },
    ])
  })

  it('refuses a wrong current password and counts it as a failed login', async () => {
    const editor = await freshEditor()

    const response = await patchUser(editor.id, editor.token, {
      password: 'een-nieuw-wachtwoord-1',
      currentPassword: 'geraden-wachtwoord',
    })

    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual([
      { path: 'currentPassword', message: CURRENT_PASSWORD_MESSAGES.wrong.nl },
    ])
    expect((await loginAttempts(editor.id)).loginAttempts).toBe(1)
    expect(await canLogIn(editor.email, 'een-nieuw-wachtwoord-1')).toBe(false)
  })

  it('locks the account after 5 wrong guesses with a stolen token, like failed logins', async () => {
    const editor = await freshEditor()
    for (let guess = 0; guess < 5; guess++) {
      const response = await patchUser(editor.id, editor.token, {
        password: 'een-nieuw-wachtwoord-1',
        currentPassword: `gok-${guess}`,
      })
      expect(response.status).toBe(400)
    }

    expect((await loginAttempts(editor.id)).lockUntil).not.toBeNull()
    // Locked: even the right current password no longer changes it, and login is refused.
    const withRightPassword = await patchUser(editor.id, editor.token, {
      password: 'een-nieuw-wachtwoord-1',
      currentPassword: PASSWORD,
    })
    expect(withRightPassword.status).toBe(400)
    expect(await canLogIn(editor.email, PASSWORD)).toBe(false)
  })

  it('changes it with the right current password, which then resets the failed attempts', async () => {
    const editor = await freshEditor()
    await patchUser(editor.id, editor.token, { password: 'x-nieuw-1', currentPassword: 'fout' })

    const response = await patchUser(editor.id, editor.token, {
      password: 'een-nieuw-wachtwoord-1',
      currentPassword: PASSWORD,
    })

    expect(response.status).toBe(200)
    const body = (await response.json()) as { doc: Record<string, unknown> }
    expect(body.doc).not.toHaveProperty('currentPassword')
    expect((await loginAttempts(editor.id)).loginAttempts).toBe(0)
    expect(await canLogIn(editor.email, 'een-nieuw-wachtwoord-1')).toBe(true)
    expect(await canLogIn(editor.email, PASSWORD)).toBe(false)
  })

  it('asks nothing extra for other changes to the own account', async () => {
    const editor = await freshEditor()

    const response = await patchUser(editor.id, editor.token, {
      name: 'Nieuwe naam',
      email: editor.email,
    })

    expect(response.status).toBe(200)
  })

  it("lets an admin set another user's password without knowing the old one", async () => {
    const editor = await freshEditor()

    const response = await patchUser(editor.id, adminToken, { password: 'door-beheer-gezet-1' })

    expect(response.status).toBe(200)
    expect(await canLogIn(editor.email, 'door-beheer-gezet-1')).toBe(true)
  })

  it('asks an admin for the current password when changing their own', async () => {
    const { user } = await login(cms, ADMIN_EMAIL)

    const response = await patchUser(user.id, adminToken, { password: 'een-nieuw-wachtwoord-1' })

    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual([
      { path: 'currentPassword', message: CURRENT_PASSWORD_MESSAGES.missing.nl },
    ])
  })
})

describe("changing one's own e-mail address", () => {
  it('is for admins only: an editor is refused even with the right password', async () => {
    const editor = await freshEditor()

    const response = await patchUser(editor.id, editor.token, {
      email: 'nieuw-adres@example.org',
      currentPassword: PASSWORD,
    })

    expect(response.status).toBe(400)
    expect(await fieldErrors(response)).toEqual([
      { path: 'email', message: CURRENT_PASSWORD_MESSAGES.emailByAdminOnly.nl },
    ])
  })

  it('tells an editor nothing about whether an address has an account', async () => {
    const editor = await freshEditor()
    const attempt = (email: string) =>
      patchUser(editor.id, editor.token, { email, currentPassword: PASSWORD }).then(async (r) => ({
        status: r.status,
        errors: await fieldErrors(r),
      }))

    expect(await attempt(ADMIN_EMAIL)).toEqual(await attempt('bestaat-niet@example.org'))
  })

  it('asks an admin for the current password to change their own address', async () => {
    const admin = await cms.payload.create({
      collection: 'users',
      data: {
        email: 'tweede.beheerder@example.org',
        password: PASSWORD,
        name: 'Beheer',
        role: 'admin',
      },
    })
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: admin.email, password: PASSWORD },
    })

    const without = await patchUser(admin.id, token, { email: 'beheer-nieuw@example.org' })
    expect(without.status).toBe(400)
    expect(await fieldErrors(without)).toEqual([
      { path: 'currentPassword', message: CURRENT_PASSWORD_MESSAGES.missing.nl },
    ])

    const withPassword = await patchUser(admin.id, token, {
      email: 'beheer-nieuw@example.org',
      currentPassword: PASSWORD,
    })
    expect(withPassword.status).toBe(200)
  })

  it("lets an admin change another user's address without a password", async () => {
    const editor = await freshEditor()

    const response = await patchUser(editor.id, adminToken, { email: `nieuw-${editor.email}` })

    expect(response.status).toBe(200)
  })
})

describe('which addresses have accounts, asked by non-admins', () => {
  it('refuses creating accounts to anonymous callers and editors alike, existing address or not', async () => {
    const { token: editorToken } = await login(cms, EDITOR_EMAIL)
    const answers = []
    for (const token of [undefined, editorToken]) {
      for (const email of [ADMIN_EMAIL, 'nog-geen-account@example.org']) {
        const response = await rest(cms, '/users', token, {
          method: 'POST',
          body: { email, password: PASSWORD, name: 'X', role: 'editor' },
        })
        answers.push({ status: response.status, body: await response.text() })
      }
    }

    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([403]))
    expect(answers[0]).toEqual(answers[1])
    expect(answers[2]).toEqual(answers[3])
  })

  it('refuses the first-user registration once accounts exist, existing address or not', async () => {
    const answers = []
    for (const email of [ADMIN_EMAIL, 'nog-geen-account@example.org']) {
      const response = await rest(cms, '/users/first-register', undefined, {
        method: 'POST',
        body: { email, password: PASSWORD, name: 'X' },
      })
      answers.push({ status: response.status, body: await response.text() })
    }

    expect(answers[0]).toEqual({ status: 403, body: answers[1]!.body })
    expect(answers[1]!.status).toBe(403)
  })

  it('answers forgot-password alike for an existing and an unknown address', async () => {
    const existing = await rest(cms, '/users/forgot-password', undefined, {
      method: 'POST',
      body: { email: EDITOR_EMAIL },
    })
    const unknown = await rest(cms, '/users/forgot-password', undefined, {
      method: 'POST',
      body: { email: 'nog-geen-account@example.org' },
    })

    expect({ status: existing.status, body: await existing.text() }).toEqual({
      status: unknown.status,
      body: await unknown.text(),
    })
    expect(existing.status).toBe(200)
  })

  it('shows an editor only their own account when filtering users by e-mail', async () => {
    const { token } = await login(cms, EDITOR_EMAIL)

    const response = await rest(
      cms,
      `/users?where[email][equals]=${encodeURIComponent(ADMIN_EMAIL)}`,
      token,
    )
    const count = await rest(
      cms,
      `/users/count?where[email][equals]=${encodeURIComponent(ADMIN_EMAIL)}`,
      token,
    )

    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(0)
    expect(((await count.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('refuses unlock to anyone but admins, existing address or not', async () => {
    const { token } = await login(cms, EDITOR_EMAIL)
    for (const email of [ADMIN_EMAIL, 'nog-geen-account@example.org']) {
      const response = await rest(cms, '/users/unlock', token, { method: 'POST', body: { email } })
      expect(response.status).toBe(403)
    }
  })
})
