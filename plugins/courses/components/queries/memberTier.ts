import type { Member } from '@payload-types'
import type { Payload } from 'payload'

/** The member's subscription tier on a site while it lasts (as the enroll endpoint judges it), or null without a profile or once it has expired. */
export async function memberTier(
  payload: Payload,
  userId: number,
  siteId: number,
): Promise<Member['tier'] | null> {
  const { docs } = await payload.find({
    collection: 'members',
    depth: 0,
    limit: 1,
    // overrideAccess: pinned to the viewer's own id and the page's site; only the tier is read (pages have no request to read as).
    overrideAccess: true,
    select: { tier: true, tierExpiresAt: true },
    where: { and: [{ user: { equals: userId } }, { site: { equals: siteId } }] },
  })
  const member = docs[0]
  return member && (!member.tierExpiresAt || new Date(member.tierExpiresAt) > new Date())
    ? member.tier
    : null
}
