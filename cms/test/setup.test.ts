import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyMigrations, PushModeDatabaseError } from '../src/setup/applyMigrations'
import { migrations as committedMigrations } from '../src/migrations'
import { setup } from '../src/setup'
import { KNOWLEDGE_PRODUCTS } from '../src/demo/knowledgeProducts'
import { DEMO_USERS } from '../src/demo/users'
import { EDITOR_EMAIL, login, startTestCms, type TestCms } from './support/testCms'

describe('setup (migrations and seed)', () => {
  let cms: TestCms

  beforeAll(async () => {
    cms = await startTestCms()
  })
  afterAll(async () => {
    await cms?.destroy()
  })

  it('creates the demo users and knowledge products once, all migrations in one batch', async () => {
    const users = await cms.payload.find({ collection: 'users', limit: 0 })
    const products = await cms.payload.find({ collection: 'knowledge-products', limit: 0 })
    const migrations = await cms.payload.find({ collection: 'payload-migrations', limit: 0 })

    expect(users.docs.map((user) => [user.email, user.role]).sort()).toEqual(
      DEMO_USERS.map((user) => [user.email, user.role]).sort(),
    )
    expect(products.docs.map((product) => [product.slug, product._status]).sort()).toEqual(
      KNOWLEDGE_PRODUCTS.map((product) => [product.slug, product.status]).sort(),
    )
    expect(migrations.docs.map((migration) => migration.batch)).toEqual(
      committedMigrations.map(() => 1),
    )
  })

  it('changes nothing when run again: no new rows, no reset password, no overwritten edits', async () => {
    const editor = await login(cms, EDITOR_EMAIL)
    await cms.payload.update({
      collection: 'users',
      id: editor.user.id,
      data: { name: 'Ruben (eigen naam)', password: 'een-nieuw-wachtwoord' },
    })
    const [firstProduct] = KNOWLEDGE_PRODUCTS
    await cms.payload.update({
      collection: 'knowledge-products',
      where: { slug: { equals: firstProduct!.slug } },
      data: { summary: 'Door een redacteur herschreven.' },
    })

    const result = await setup(cms.payload, { demoData: true, demoPassword: cms.demoPassword })

    expect(result).toEqual({ created: [], demoData: true })
    expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(DEMO_USERS.length)
    expect((await cms.payload.count({ collection: 'knowledge-products' })).totalDocs).toBe(
      KNOWLEDGE_PRODUCTS.length,
    )
    expect((await cms.payload.count({ collection: 'payload-migrations' })).totalDocs).toBe(
      committedMigrations.length,
    )
    const relogin = await cms.payload.login({
      collection: 'users',
      data: { email: EDITOR_EMAIL, password: 'een-nieuw-wachtwoord' },
    })
    expect(relogin.user?.name).toBe('Ruben (eigen naam)')
    const { docs } = await cms.payload.find({
      collection: 'knowledge-products',
      where: { slug: { equals: firstProduct!.slug } },
    })
    expect(docs[0]?.summary).toBe('Door een redacteur herschreven.')
  })

  it('refuses, instead of prompting, a database that Payload push mode changed', async () => {
    await cms.payload.create({
      collection: 'payload-migrations',
      data: { name: 'dev', batch: -1 },
    })
    try {
      await expect(applyMigrations(cms.payload)).rejects.toBeInstanceOf(PushModeDatabaseError)
    } finally {
      await cms.payload.delete({
        collection: 'payload-migrations',
        where: { batch: { equals: -1 } },
      })
    }
  })
})
