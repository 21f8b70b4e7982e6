import type { Payload } from 'payload'

import type { User } from '../../payload-types'

export const TEST_PASSWORD = 'correct-horse-battery'

export type Role = NonNullable<User['roles']>[number]

/** Signs a user in through the Local API; pass the token to the API helpers (`Authorization: JWT …`). */
export async function login(payload: Payload, email: string, password = TEST_PASSWORD): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`No token for ${email}`)
  return token
}

/**
 * Creates a user with exactly these roles. The first user of a database always becomes admin
 * (collections/Users/hooks/firstUserIsAdmin.ts), so create the admin first.
 */
export async function createUser(payload: Payload, email: string, roles: Role[]): Promise<{ token: string; user: User }> {
  const user = await payload.create({
    collection: 'users',
    data: { email, name: email.split('@')[0], password: TEST_PASSWORD, roles },
  })
  return { token: await login(payload, email), user }
}
