import { APIError, type PayloadRequest } from 'payload'

import { forwardedHost } from '@/src/site/hosts/requestHost'
import { findSiteBySlug, resolveSite } from '../resolveSite'
import {
  isGlobalWriter,
  isSuperAdmin,
  type SiteId,
  siteIdsWithRole,
  type SiteUser,
} from './siteUser'

/** The query parameter and header that pick a site explicitly. */
export const SITE_PARAM = 'site'
export const SITE_HEADER = 'x-prism-site'

const cache = new WeakMap<object, Promise<null | SiteId[]>>()

/**
 * The sites a request may see, whatever the user's roles: `null` when nothing narrows it (the
 * admin host, server code), otherwise the allowed ids (possibly none). Computed once per request.
 *
 * - The host (`host`, or `x-forwarded-host` behind `TRUST_PROXY`) of a site narrows to that site.
 * - `?site=<slug>` or `X-Prism-Site: <slug>`: a super-admin's choice replaces the host; for anyone
 *   else it can only narrow further (through host A, `?site=b` sees nothing).
 * - An API key of a user without a global role sees only that user's sites.
 * - A request that presents an API key which no longer matches a user is refused (401), rather
 *   than quietly served as anonymous: a revoked integration must fail loudly.
 */
export function requestSiteIds(req: PayloadRequest): Promise<null | SiteId[]> {
  let pending = cache.get(req)
  if (!pending) {
    pending = compute(req)
    cache.set(req, pending)
  }
  return pending
}

async function compute(req: PayloadRequest): Promise<null | SiteId[]> {
  const user = req.user as (SiteUser & { collection?: string }) | null
  const authorization = req.headers?.get('authorization') ?? ''
  if (!user && / API-Key /i.test(authorization))
    throw new APIError('This API key is not valid (revoked, or its user was deleted).', 401)

  let allowed: null | SiteId[] = null
  const narrow = (ids: SiteId[]) => {
    allowed = allowed ? allowed.filter((id) => ids.includes(id)) : ids
  }

  const explicit = req.searchParams?.get(SITE_PARAM) || req.headers?.get(SITE_HEADER)
  if (explicit) {
    const site = await findSiteBySlug(req.payload, explicit)
    if (!site) throw new APIError(`There is no site "${explicit}".`, 400)
    if (isSuperAdmin(user)) return [site.id]
    narrow([site.id])
  }

  const hostSite = await resolveSite(req.payload, req.headers ? forwardedHost(req.headers) : null)
  if (hostSite) narrow([hostSite.id])

  if (user?._strategy === 'api-key' && !isGlobalWriter(user)) narrow(siteIdsWithRole(user))
  return allowed
}
