import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { moderatedSites } from './moderatedSites'
import { NavLinkClient } from './NavLinkClient'

/** "Moderation" in the admin's navigation, with the number of videos waiting, for those who moderate. */
export async function ModerationNavLink({ payload, user }: ServerProps) {
  const sites = moderatedSites(user)
  if (!payload || (sites !== 'all' && sites.length === 0)) return null
  const { totalDocs } = await payload.count({
    collection: 'videos',
    overrideAccess: false,
    user,
    where: {
      and: [
        { status: { equals: 'pending_review' } },
        sites === 'all' ? {} : { site: { in: sites } },
      ],
    },
  })
  return (
    <NavLinkClient
      count={totalDocs}
      href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/moderation' })}
      label="Moderation"
    />
  )
}
