import { APIError, type Endpoint } from 'payload'

import type { User } from '../../../payload-types'
import { collectUserData } from '../collectUserData'

/** `GET /api/users/me/export`: the signed-in person's data as a JSON download. */
export const exportAccount: Endpoint = {
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in to download your data.', 401)
    const user = await req.payload.findByID({ collection: 'users', depth: 0, id: req.user.id, overrideAccess: false, req, user: req.user })
    const data = await collectUserData(req, user as User)
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="prism-account-${user.id}.json"`,
        'Content-Type': 'application/json; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/me/export',
}
