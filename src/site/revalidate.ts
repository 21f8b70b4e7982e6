import type { Site } from '@payload-types'
import type { PayloadRequest } from 'payload'

import { siteHosts } from './hosts/siteHosts'
import { SITE_ROUTE, sitePath } from './hosts/siteRoute'
import { siteIdOf } from './siteIdOf'
import { sitemapTag } from './sitemapTag'

export type SiteRef = null | number | Site | undefined

/** The hosts of a document's site; null when the document has no site (then every site is dropped). */
async function hostsOf(site: SiteRef, req: PayloadRequest): Promise<null | string[]> {
  const id = siteIdOf(site)
  if (id == null) return null
  const doc =
    typeof site === 'object' && site?.slug
      ? site
      : // overrideAccess: the id is the site of the document being changed (after its own access), and only its hosts are used, to drop cached pages.
        await req.payload.findByID({
          id,
          collection: 'sites',
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })
  return doc ? siteHosts(doc) : null
}

/**
 * Next's cache only exists inside the web process: when a document changes elsewhere (seed script,
 * worker, tests) the call has no store and throws, and those pages refresh on their time-based
 * revalidation instead.
 */
async function withNextCache(run: (cache: typeof import('next/cache')) => void): Promise<void> {
  try {
    run(await import('next/cache'))
  } catch {
    // Not rendering inside Next.js: nothing is cached here.
  }
}

/**
 * Drops the rendered pages at `paths` of `site`, on every host the site answers on (each host is
 * its own route segment, `/site/<host>/<path>`, so each has its own cache entry), and its sitemap.
 */
export async function revalidatePaths(
  paths: string[],
  req: PayloadRequest,
  site?: SiteRef,
): Promise<void> {
  if (req.context.disableRevalidate) return
  const hosts = await hostsOf(site, req)
  await withNextCache(({ revalidatePath, revalidateTag }) => {
    if (!hosts) revalidatePath(`${SITE_ROUTE}/[host]`, 'layout')
    for (const host of hosts ?? []) for (const path of paths) revalidatePath(sitePath(host, path))
    revalidateTag(hosts ? sitemapTag(siteIdOf(site)!) : 'sitemap', 'max')
  })
}

/** For documents that can appear on any page of their site (posts in archive blocks, the site's own settings). */
export async function revalidateSite(req: PayloadRequest, site?: SiteRef): Promise<void> {
  if (req.context.disableRevalidate) return
  const hosts = await hostsOf(site, req)
  await withNextCache(({ revalidatePath, revalidateTag }) => {
    for (const host of hosts ?? ['[host]']) revalidatePath(sitePath(host, '/'), 'layout')
    revalidateTag(hosts ? sitemapTag(siteIdOf(site)!) : 'sitemap', 'max')
  })
}
