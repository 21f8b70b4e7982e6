/**
 * The internal address of a site's pages: the proxy rewrites `https://<host>/<path>` to
 * `/site/<host>/<path>`, so the host is part of the route and of every cache key.
 */
export const SITE_ROUTE = '/site'

/** The internal address of the index of sites, shown on hosts of no site (plain localhost). */
export const INDEX_ROUTE = '/site-index'

/** On an index host, `/sites/<slug>/…` shows that site, in draft mode only (previews from the admin). */
export const PREVIEW_PREFIX = '/sites'

/** Every site answers on `<slug>.localhost` (browsers resolve it to the loopback address). */
export const devHost = (slug: string): string => `${slug}.localhost`

/** The internal path of `path` on `host`. */
export const sitePath = (host: string, path: string): string =>
  `${SITE_ROUTE}/${host}${path === '/' ? '' : path}`

/** `/sites/<slug>/rest` split into the slug and the rest; null for any other path. */
export function previewAddress(path: string): null | { path: string; slug: string } {
  const match = /^\/sites\/([a-z0-9][a-z0-9-]*)(\/.*)?$/.exec(path)
  return match ? { slug: match[1], path: match[2] ?? '/' } : null
}
