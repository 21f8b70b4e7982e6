import type { Site } from '@payload-types'

import { devHost } from './siteRoute'

/** Every host a site answers on: its development host and its domains. Revalidation drops each. */
export const siteHosts = (site: Pick<Site, 'domains' | 'slug'>): string[] => [
  ...new Set([
    devHost(site.slug),
    ...(site.domains ?? []).map(({ domain }) => domain.toLowerCase()),
  ]),
]
