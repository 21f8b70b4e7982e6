import type { Site } from '@payload-types'

/** The id of a `site` relationship, populated or not. */
export const siteIdOf = (site: null | number | Pick<Site, 'id'> | undefined): null | number =>
  site == null ? null : typeof site === 'object' ? site.id : site
