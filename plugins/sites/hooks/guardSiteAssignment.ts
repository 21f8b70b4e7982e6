import { type CollectionBeforeValidateHook, Forbidden, ValidationError } from 'payload'

import { canWriteSite } from '../access/canWriteSite'
import { requestSiteIds } from '../access/requestSiteIds'
import { idOf } from '../access/siteUser'
import { contentWriters, type SiteRole } from '../roles'

/**
 * A document may only be put on (or moved to) a site the user writes, within the request's site:
 * 403 otherwise, before anything is stored. Runs after field defaults, so `data.site` is the value
 * that would be saved; placed before the multi-tenant plugin's own membership check (which only
 * asks for *some* role on the site and answers 400). Server code without a user is trusted.
 */
export const guardSiteAssignment =
  (roles: readonly SiteRole[] = contentWriters, field = 'site'): CollectionBeforeValidateHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const site = idOf(data?.[field] ?? originalDoc?.[field])
    // Checked here rather than left to `required`: draft saves skip validation and would reach NOT NULL.
    if (site === undefined)
      throw new ValidationError(
        {
          collection: collection.slug,
          errors: [{ message: 'Choose the site this belongs to.', path: field }],
        },
        req.t,
      )
    if (!req.user) return data
    if (operation === 'update' && site === idOf(originalDoc?.[field])) return data
    const scope = await requestSiteIds(req)
    if ((scope && !scope.includes(site)) || !canWriteSite(req.user, site, roles))
      throw new Forbidden(req.t)
    return data
  }
