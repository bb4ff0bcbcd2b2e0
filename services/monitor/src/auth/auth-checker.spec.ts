import type { GraphQLResolveInfo } from 'graphql'
import { describe, expect, it } from 'vitest'
import type { RequestContext } from '../context'
import { actsForMunicipality, anonymousActor, type Actor } from './actor'
import { authChecker } from './auth-checker'
import { Role } from './roles'

function check(actor: Actor, roles: Role[]) {
  const context = { actor } as RequestContext
  return () => authChecker({ root: {}, args: {}, context, info: {} as GraphQLResolveInfo }, roles)
}

const official: Actor = {
  kind: 'user',
  id: '4',
  email: 'ambtenaar@example.org',
  role: Role.MunicipalOfficial,
  municipalityCode: 'GM0363',
}
const editor: Actor = { ...official, role: Role.Editor, municipalityCode: null }
const adviser: Actor = { ...official, role: Role.Adviser, municipalityCode: null }

describe('authChecker', () => {
  it('refuses an anonymous caller with UNAUTHENTICATED', () => {
    expect(check(anonymousActor, [Role.Admin])).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' }),
    )
  })

  it('refuses an anonymous caller on a field open to any logged-in user', () => {
    expect(check(anonymousActor, [])).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }))
  })

  it('refuses a user without one of the listed roles with FORBIDDEN', () => {
    expect(check(editor, [Role.Admin, Role.MunicipalOfficial])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' }),
    )
  })

  it("refuses an adviser a municipality's private monitor data (officials and admins only)", () => {
    expect(check(adviser, [Role.Admin, Role.MunicipalOfficial])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' }),
    )
    expect(actsForMunicipality(adviser, 'GM0363')).toBe(false)
  })

  it('lets a user with a listed role through', () => {
    expect(check(official, [Role.Admin, Role.MunicipalOfficial])()).toBe(true)
  })

  it('lets any logged-in user through when no role is listed', () => {
    expect(check(editor, [])()).toBe(true)
  })
})
