import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { DEMO_USERS, KNOWLEDGE_PRODUCTS } from './seedData'

export interface SeedResult {
  createdUsers: string[]
  createdKnowledgeProducts: string[]
  /** Set when no DEMO_PASSWORD was given and new demo users got a generated one. */
  generatedPassword?: string
}

async function userExists(payload: Payload, email: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
  })
  return totalDocs > 0
}

async function knowledgeProductExists(payload: Payload, slug: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'knowledge-products',
    where: { slug: { equals: slug } },
  })
  return totalDocs > 0
}

/**
 * Creates the demo users and knowledge products that are missing. Idempotent: what exists is
 * left alone, so re-running never resets a password or overwrites an editor's changes.
 */
export async function seed(
  payload: Payload,
  { demoPassword }: { demoPassword: string | undefined },
): Promise<SeedResult> {
  const result: SeedResult = { createdUsers: [], createdKnowledgeProducts: [] }

  const missingUsers = []
  for (const user of DEMO_USERS) {
    if (!(await userExists(payload, user.email))) missingUsers.push(user)
  }
  if (missingUsers.length > 0) {
    const password = demoPassword ?? randomBytes(12).toString('base64url')
    if (demoPassword === undefined) result.generatedPassword = password
    for (const user of missingUsers) {
      await payload.create({ collection: 'users', data: { ...user, password } })
      result.createdUsers.push(user.email)
    }
  }

  for (const { status, ...product } of KNOWLEDGE_PRODUCTS) {
    if (await knowledgeProductExists(payload, product.slug)) continue
    await payload.create({
      collection: 'knowledge-products',
      data: { ...product, _status: status },
      draft: status === 'draft',
    })
    result.createdKnowledgeProducts.push(product.slug)
  }

  return result
}
