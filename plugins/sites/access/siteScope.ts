import type { AccessResult, PayloadRequest } from 'payload'

import { requestSiteIds } from './requestSiteIds'

/**
 * The request's site constraint on `field` (`site`, `version.site`, `id` for the sites themselves):
 * `true` when the request is not narrowed to a site. "Nothing" is a query that matches no document
 * (`site` is required), so a list answers empty instead of 403.
 */
export async function siteScope(req: PayloadRequest, field = 'site'): Promise<AccessResult> {
  const ids = await requestSiteIds(req)
  if (!ids) return true
  return ids.length ? { [field]: { in: ids } } : { [field]: { exists: false } }
}
