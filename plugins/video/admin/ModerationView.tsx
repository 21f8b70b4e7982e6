import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { AdminViewShell, viewUser } from '@/src/admin/AdminViewShell'
import { loadModerationQueue } from './loadModerationQueue'
import { moderatedSites } from './moderatedSites'
import { ModerationQueue } from './ModerationQueue'

/**
 * `/admin/moderation`: what waits for the signed-in moderator, on the sites they moderate (only
 * the one picked in the admin's site selector, when it is one of them). Custom views are public
 * by default, so the check happens here.
 */
export async function ModerationView(props: AdminViewServerProps) {
  const user = viewUser(props, '/moderation')
  const { req } = props.initPageResult
  const { payload } = req
  const template = (children: React.ReactNode) => (
    <AdminViewShell {...props} className="moderation-view" title="Moderation">
      {children}
    </AdminViewShell>
  )

  const sites = moderatedSites(user)
  if (sites !== 'all' && sites.length === 0) {
    return template(
      <Banner type="error">
        You are not allowed to moderate: the moderation queue is for the admins and moderators of a
        site with videos. Ask a site admin for the moderator role.
      </Banner>,
    )
  }

  const chosen = getTenantFromCookie(req.headers, payload.db.defaultIDType)
  const chosenId =
    typeof chosen === 'number' && (sites === 'all' || sites.includes(chosen)) ? chosen : null
  const queue = await loadModerationQueue(req, chosenId === null ? sites : [chosenId])
  const chosenName =
    chosenId === null
      ? null
      : (
          await payload.findByID({
            id: chosenId,
            collection: 'sites',
            depth: 0,
            disableErrors: true,
            overrideAccess: false,
            req,
            select: { name: true },
            user,
          })
        )?.name
  return template(
    <ModerationQueue
      comments={queue.comments}
      moreVideos={queue.totalVideos - queue.videos.length}
      // Someone who moderates one site needs no reminder of which.
      scopeNote={
        chosenName && (sites === 'all' || sites.length > 1)
          ? `Showing ${chosenName} only, the site chosen in the site selector.`
          : null
      }
      videos={queue.videos}
    />,
  )
}
