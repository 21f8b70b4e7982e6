import { APIError, type Endpoint } from 'payload'

import { inTransaction } from '@/src/db/inTransaction'
import { readJson } from '@/src/http/readJson'
import { requireUser } from '@/src/http/requireUser'

const passwordHint = 'Confirm with your password: { "password": "…" }.'

/**
 * `DELETE /api/users/me` with `{ "password": "…" }`: deletes the signed-in account after checking
 * the password again (a stolen session or key alone cannot erase an account). The deletion runs the
 * registered personal-data sources (`eraseUserData`) in one transaction with the account itself:
 * all of it happens, or none.
 */
export const deleteAccount: Endpoint = {
  handler: async (req) => {
    const { id, collection, email } = requireUser(req, 'delete your account')
    const { password } = await readJson(req, { hint: passwordHint })
    if (typeof password !== 'string' || !password) throw new APIError(passwordHint, 400)
    try {
      await req.payload.login({ collection, data: { email, password } })
    } catch {
      throw new APIError('The password is not correct.', 403)
    }

    // Full rights: only admins delete accounts, and this deletes exactly the signed-in one, just re-authenticated.
    await inTransaction(req, () =>
      req.payload.delete({ id, collection, overrideAccess: true, req }),
    )
    return Response.json({ message: 'Your account and its private data were deleted.' })
  },
  method: 'delete',
  path: '/me',
}
