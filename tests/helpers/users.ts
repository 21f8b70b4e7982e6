import type { Payload } from 'payload'

import type { User } from '../../payload-types'

export const TEST_PASSWORD = 'correct-horse-battery'

export type Role = NonNullable<User['roles']>[number]
export type SiteRole = NonNullable<User['sites']>[number]['roles'][number]
/** Site roles by site id: `{ [siteId]: ['editor'] }`. */
export type SiteRoles = Record<number, SiteRole[]>

/** Signs a user in through the Local API; pass the token to the API helpers (`Authorization: JWT …`). */
export async function login(
  payload: Payload,
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`No token for ${email}`)
  return token
}

/**
 * Creates a user with exactly these global roles and site roles. The first user of a database
 * always becomes super-admin (collections/Users/hooks/firstUserIsAdmin.ts), so create that one first.
 */
export async function createUser(
  payload: Payload,
  email: string,
  roles: Role[],
  sites: SiteRoles = {},
): Promise<{ token: string; user: User }> {
  const user = await payload.create({
    collection: 'users',
    data: {
      name: email.split('@')[0],
      email,
      password: TEST_PASSWORD,
      roles,
      sites: Object.entries(sites).map(([site, siteRoles]) => ({
        roles: siteRoles,
        site: Number(site),
      })),
    },
  })
  return { token: await login(payload, email), user }
}

/** The first account of a fresh database, `admin@test.local`: a super-admin. */
export const createSuperAdmin = (payload: Payload) =>
  createUser(payload, 'admin@test.local', ['super-admin'])

/** The staff most files need: the super-admin (created first, see createUser) and an editor of every site, `editor@test.local`. */
export async function createStaff(
  payload: Payload,
): Promise<Record<'admin' | 'editor', { token: string; user: User }>> {
  const admin = await createSuperAdmin(payload)
  return { admin, editor: await createUser(payload, 'editor@test.local', ['editor']) }
}
