import type { Access, CollectionSlug } from 'payload'

import { canCreateOnSite, idOf, type SiteRole } from '../../sites'
import { courseWriters } from '../roles'

/**
 * Create access of a document whose site is copied from its parent (a module's course, a lesson's
 * module, an enrollment's course): the parent must be on a site where the user holds one of
 * `roles`, within the request's site, as `canCreateOnSite` asks of a document that names its site.
 * Without a parent in the data (the admin asks before showing "Create") holding such a role
 * somewhere is enough; an unknown parent is left to the site hook's 400.
 */
export const canCreateUnder =
  (field: string, parent: CollectionSlug, roles: readonly SiteRole[] = courseWriters): Access =>
  async (args) => {
    const parentId = idOf((args.data as Record<string, unknown> | undefined)?.[field])
    if (parentId === undefined) return canCreateOnSite(roles)({ ...args, data: undefined })
    // overrideAccess: only the parent's site is read, to decide; the id can only narrow what is allowed.
    const doc = await args.req.payload.findByID({
      id: parentId,
      collection: parent,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req: args.req,
    })
    const site = idOf((doc as { site?: unknown } | null)?.site)
    return canCreateOnSite(roles)({ ...args, data: site === undefined ? undefined : { site } })
  }
