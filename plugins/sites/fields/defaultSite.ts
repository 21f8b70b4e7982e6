import { parseCookies, type PayloadRequest } from 'payload'

import { requestSiteIds } from '../access/requestSiteIds'
import { canWriteSite } from '../access/canWriteSite'
import { idOf, siteIdsWithRole } from '../access/siteUser'
import { contentWriters, type SiteRole } from '../roles'

/**
 * The site a new document of a collection written by `roles` gets when none is sent, first match wins:
 * 1. the site chosen in the admin's site selector (the multi-tenant plugin's `payload-tenant` cookie),
 *    if the user writes this collection there;
 * 2. the request's site (its host, or `?site=`);
 * 3. the user's first site with one of `roles`;
 * 4. the only site, on an instance that has exactly one.
 * Otherwise none, and the required-field validation asks for one. The admin's create form takes its
 * site from here too: the plugin hides the field when a site is selected.
 */
export const defaultSite =
  (roles: readonly SiteRole[] = contentWriters) =>
  async ({ req }: { req: PayloadRequest }): Promise<number | undefined> => {
    const selected = idOf(parseCookies(req.headers).get('payload-tenant'))
    if (selected !== undefined && canWriteSite(req.user, selected, roles)) return selected
    const scope = await requestSiteIds(req)
    if (scope?.length === 1) return scope[0]
    const own = siteIdsWithRole(req.user, roles)[0]
    if (own !== undefined) return own
    // Only counts the sites (ids, no fields) to tell a one-site instance; nothing of the request narrows or widens it.
    const { docs, totalDocs } = await req.payload.find({
      collection: 'sites',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      select: {},
    })
    return totalDocs === 1 ? docs[0]?.id : undefined
  }
