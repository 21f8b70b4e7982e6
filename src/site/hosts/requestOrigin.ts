import type { NextRequest } from 'next/server'

import { forwardedHost, requestHost, trustedEntry } from './requestHost'
import { trustedProxies } from './trustedProxies'

/**
 * The address this request came in on (forwarded host and protocol first, behind `TRUST_PROXY`): sitemap.xml and
 * robots.txt list absolute URLs on the host that was asked, whichever of a site's hosts it was.
 */
export function requestOrigin(request: NextRequest): string {
  const host = forwardedHost(request.headers) ?? ''
  const protocol =
    (trustedProxies() > 0 && trustedEntry(request.headers.get('x-forwarded-proto'))) ||
    request.nextUrl.protocol.replace(/:$/, '')
  return requestHost(request.headers) && /^[\w.-]+(:\d+)?$/.test(host)
    ? `${protocol}://${host}`
    : request.nextUrl.origin
}
