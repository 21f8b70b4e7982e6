import { createLocalReq, type PayloadRequest } from 'payload'

import type { Member, User } from '@/payload-types'

/**
 * A member profile (tier free) for a user enrolling on a site for the first time, inside the
 * request's transaction. Written as server code, without the user on the request: the sites plugin
 * lets users put documents only on sites they write, and a learner writes none. No site role comes
 * with it: roles stay the site admins' to give (`guardUserChanges`: nobody grants themselves a site).
 */
export async function createMemberProfile(
  req: PayloadRequest,
  user: Pick<User, 'id' | 'name'>,
  site: number,
): Promise<Member> {
  const server = await createLocalReq({}, req.payload)
  server.transactionID = req.transactionID
  // overrideAccess: the user is the request's own and the site that of a course they read with access; the tier is always `free`.
  return req.payload.create({
    collection: 'members',
    data: { displayName: user.name, site, tier: 'free', user: user.id },
    depth: 0,
    overrideAccess: true,
    req: server,
  })
}
