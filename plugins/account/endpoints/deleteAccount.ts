import { APIError, type Endpoint } from 'payload'

import { inTransaction } from '../../../src/db/inTransaction'

/**
 * `DELETE /api/users/me` with `{ "password": "…" }`: deletes the signed-in account after checking
 * the password again (a stolen session or key alone cannot erase an account). The deletion runs the
 * registered personal-data sources (`eraseUserData`) in one transaction with the account itself:
 * all of it happens, or none.
 */
export const deleteAccount: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to delete your account.', 401)
    const body: unknown = await req.json?.().catch(() => null)
    const password = body && typeof body === 'object' && 'password' in body ? body.password : undefined
    if (typeof password !== 'string' || !password) throw new APIError('Confirm with your password: { "password": "…" }.', 400)
    const { collection, email, id } = req.user
    try {
      await req.payload.login({ collection, data: { email, password } })
    } catch {
      throw new APIError('The password is not correct.', 403)
    }

    // Full rights: only admins delete accounts, and this deletes exactly the signed-in one, just re-authenticated.
    await inTransaction(req, () => req.payload.delete({ collection, id, overrideAccess: true, req }))
    return Response.json({ message: 'Your account and its private data were deleted.' })
  },
  method: 'delete',
  path: '/me',
}
