import type { Payload } from 'payload'

import type { Site } from '../../payload-types'

const TTL_MS = 10_000
// Per Payload instance: the tests run several, each on its own database, in one process.
let cache = new WeakMap<Payload, { at: number; sites: Site[] }>()

/** Every site, re-read at most every 10 s: host lookups happen on every request. */
async function allSites(payload: Payload): Promise<Site[]> {
  const cached = cache.get(payload)
  if (cached && Date.now() - cached.at < TTL_MS) return cached.sites
  // Every site, always the same read: no request input reaches it (the host only picks from the result).
  const { docs } = await payload.find({
    collection: 'sites',
    depth: 1,
    limit: 1000,
    overrideAccess: true,
    pagination: false,
  })
  cache.set(payload, { at: Date.now(), sites: docs })
  return docs
}

/** Forget the cached sites (after a site is created, renamed or given a domain). */
export function clearSiteCache(): void {
  cache = new WeakMap()
}

/**
 * The site a request host belongs to: one of its `domains`, or `<slug>.localhost` in development
 * (browsers resolve every `*.localhost` to the loopback address). The port is ignored.
 * `null` for any other host, such as plain `localhost`, which serves the index of sites.
 */
export async function resolveSite(
  payload: Payload,
  host: null | string | undefined,
): Promise<null | Site> {
  const name = host?.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
  if (!name) return null
  const sites = await allSites(payload)
  const local = name.endsWith('.localhost') ? name.slice(0, -'.localhost'.length) : undefined
  return (
    sites.find(
      (site) =>
        site.slug === local || site.domains?.some(({ domain }) => domain.toLowerCase() === name),
    ) ?? null
  )
}

/** The site with this slug (the explicit `?site=` / `X-Prism-Site` choice), from the same cache. */
export async function findSiteBySlug(payload: Payload, slug: string): Promise<null | Site> {
  const sites = await allSites(payload)
  return sites.find((site) => site.slug === slug.toLowerCase()) ?? null
}
