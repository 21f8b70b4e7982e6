import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Banner, Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { loadModerationQueue } from './loadModerationQueue'
import { moderatedSites } from './moderatedSites'
import { ModerationQueue } from './ModerationQueue'

/**
 * `/admin/moderation`: what waits for the signed-in moderator, on the sites they moderate (only
 * the one picked in the admin's site selector, when it is one of them). Custom views are public
 * by default, so the check happens here.
 */
export async function ModerationView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${formatAdminURL({ adminRoute, path: '/login' })}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: '/moderation' }))}`)

  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // A fresh object: React 19 refuses the frozen one from initPageResult (as Payload's own root view notes).
      visibleEntities={{ collections: visibleEntities?.collections ?? [], globals: visibleEntities?.globals ?? [] }}
    >
      <SetStepNav nav={[{ label: 'Moderation' }]} />
      <Gutter className="moderation-view">
        <h1 className="moderation-view__title">Moderation</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )

  const sites = moderatedSites(user)
  if (sites !== 'all' && sites.length === 0) {
    return template(
      <Banner type="error">
        You are not allowed to moderate: the moderation queue is for the admins and moderators of a site with videos. Ask a site admin for the moderator role.
      </Banner>,
    )
  }

  const chosen = getTenantFromCookie(req.headers, payload.db.defaultIDType)
  const chosenId = typeof chosen === 'number' && (sites === 'all' || sites.includes(chosen)) ? chosen : null
  const queue = await loadModerationQueue(req, chosenId === null ? sites : [chosenId])
  const chosenName = chosenId === null ? null : (await payload.findByID({ collection: 'sites', depth: 0, disableErrors: true, id: chosenId, select: { name: true } }))?.name
  return template(
    <ModerationQueue
      comments={queue.comments}
      moreVideos={queue.totalVideos - queue.videos.length}
      // Someone who moderates one site needs no reminder of which.
      scopeNote={chosenName && (sites === 'all' || sites.length > 1) ? `Showing ${chosenName} only, the site chosen in the site selector.` : null}
      videos={queue.videos}
    />,
  )
}
