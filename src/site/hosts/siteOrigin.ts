import type { Site } from '@payload-types'

import { hostOrigin } from './hostOrigin'
import { devHost } from './siteRoute'

/** Where a site lives: its first domain, or `<slug>.localhost` when it has none (development). */
export const siteOrigin = (site: Pick<Site, 'domains' | 'slug'>): string =>
  hostOrigin(site.domains?.[0]?.domain.toLowerCase() ?? devHost(site.slug))
