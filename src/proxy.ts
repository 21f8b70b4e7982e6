import { type NextRequest, NextResponse } from 'next/server'

import { isIndexHost } from './site/hosts/isIndexHost'
import { requestHost } from './site/hosts/requestHost'
import { devHost, INDEX_ROUTE, previewAddress, sitePath } from './site/hosts/siteRoute'

/**
 * Host → site routing. Every public request is rewritten to `/site/<host>/<path>`, so the host is a
 * route segment: Next caches (ISR) per host and path, two sites can never share a cached page, and
 * revalidation names the exact host + path to drop. Why a rewrite and not `headers()` in the
 * routes: reading headers makes every page dynamic and throws away the page cache.
 *
 * The proxy only reads the Host header; it does not touch the database. The `/site/[host]` layout
 * and pages resolve the host to a site (domains, or `<slug>.localhost`) and answer 404 for an
 * unknown host, so no other site's content is ever shown.
 *
 * On an index host (plain localhost, the admin's SERVER_URL): `/` is the index of sites, and with
 * draft mode on, `/sites/<slug>/<path>` shows that site: the admin's preview stays on the admin's
 * host, where the editor's login cookie is.
 */
export function proxy(request: NextRequest): NextResponse {
  const host = requestHost(request.headers) ?? 'invalid'
  const { pathname, search } = request.nextUrl
  let target = sitePath(host, pathname)
  if (isIndexHost(host)) {
    const preview = previewAddress(pathname)
    if (pathname === '/') target = INDEX_ROUTE
    else if (preview && request.cookies.has('__prerender_bypass'))
      target = sitePath(devHost(preview.slug), preview.path)
  }
  // Same origin as the request, so Next treats it as an internal rewrite. Next 16.4 rewrites
  // 127.0.0.1 to `localhost` in `request.nextUrl` but not in its own origin: started with
  // `--hostname 127.0.0.1`, every rewrite turns into an HTTP proxy to itself. Start it without a
  // loopback IP as hostname (no flag, 0.0.0.0 or a name).
  const url = request.nextUrl.clone()
  url.pathname = target
  url.search = search
  return NextResponse.rewrite(url)
}

export const config = {
  // The admin, the APIs, Next's own files and the preview switches work the same on every host.
  matcher: [
    '/((?!admin(?:/|$)|api(?:/|$)|_next/|next/|icon(?:-[\\w-]+)?\\.svg$|favicon\\.ico$).*)',
  ],
}
