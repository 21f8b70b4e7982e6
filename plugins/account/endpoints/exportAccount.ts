import type { Endpoint } from 'payload'

import type { User } from '@/payload-types'
import { requireUser } from '@/src/http/requireUser'
import { collectUserData } from '../collectUserData'

/** `GET /api/users/me/export`: the signed-in person's data as a JSON download. */
export const exportAccount: Endpoint = {
  handler: async (req) => {
    const signedIn = requireUser(req, 'download your data')
    const user = await req.payload.findByID({
      id: signedIn.id,
      collection: 'users',
      depth: 0,
      overrideAccess: false,
      req,
      user: signedIn,
    })
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
