import type { NextRequest } from 'next/server'

import { forwardedHost, requestHost } from './requestHost'

/**
 * The address this request came in on (forwarded host and protocol first): sitemap.xml and
 * robots.txt list absolute URLs on the host that was asked, whichever of a site's hosts it was.
 */
export function requestOrigin(request: NextRequest): string {
  const host = forwardedHost(request.headers) ?? ''
  const protocol = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? request.nextUrl.protocol.replace(/:$/, '')
  return requestHost(request.headers) && /^[\w.-]+(:\d+)?$/.test(host) ? `${protocol}://${host}` : request.nextUrl.origin
}
