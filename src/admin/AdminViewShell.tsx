import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, TypedUser } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type React from 'react'

import './AdminView.css'

/**
 * The signed-in user of a custom admin view. Custom views are reachable without a session, so each
 * sends anonymous visitors to the login page and back to `path` afterwards.
 */
export function viewUser({ initPageResult }: AdminViewServerProps, path: `/${string}`): TypedUser {
  const { payload, user } = initPageResult.req
  const adminRoute = payload.config.routes.admin
  if (!user)
    redirect(
      `${formatAdminURL({ adminRoute, path: '/login' })}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path }))}`,
    )
  return user
}

type Props = AdminViewServerProps & { children: React.ReactNode; className: string; title: string }

/** A custom admin view inside the admin's navigation, with a breadcrumb and a page title. */
export function AdminViewShell({
  children,
  className,
  initPageResult,
  params,
  searchParams,
  title,
}: Props) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      // A copy: React 19 refuses the frozen arrays of initPageResult here (as Payload's own views do).
      visibleEntities={{
        collections: [...(visibleEntities?.collections ?? [])],
        globals: [...(visibleEntities?.globals ?? [])],
      }}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className={className}>
        <h1 className={`${className}__title`}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
