import type { Access } from 'payload'

import { contentWriters, type SiteRole } from '../roles'
import { allOf, anyOf } from './combineAccess'
import { siteRoleWhere } from './siteRoleWhere'
import { siteScope } from './siteScope'
import { isGlobalWriter } from './siteUser'

/** Drafted content: everyone reads what is published; the site's writers also read its drafts. */
export const publishedOrSiteWriter =
  (roles: readonly SiteRole[] = contentWriters): Access =>
  async ({ req }) =>
    allOf(
      isGlobalWriter(req.user) ||
        anyOf({ _status: { equals: 'published' } }, siteRoleWhere(req.user, roles)),
      await siteScope(req),
    )
