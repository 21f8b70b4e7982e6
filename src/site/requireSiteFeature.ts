import config from '@payload-config'
import type { Site } from '@payload-types'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { offeredFeatures } from '../../plugins/sites'
import { requireSite } from './requireSite'

type SiteFeatureValue = NonNullable<Site['features']>[number]

/**
 * Whether a plugin's routes serve this site: this Prism runs the plugin that offers `feature`, and
 * the site has switched it on. A site document may still list a feature whose plugin was removed
 * from `payload.config.ts`; its routes must not reach for collections that no longer exist.
 */
export async function siteHasFeature(site: Site, feature: SiteFeatureValue): Promise<boolean> {
  const payload = await getPayload({ config })
  return offeredFeatures(payload.config).has(feature) && Boolean(site.features?.includes(feature))
}

/** The site of a plugin's page; a 404 unless the site has the feature (`siteHasFeature`). */
export async function requireSiteFeature(
  params: Promise<{ host: string }>,
  feature: SiteFeatureValue,
): Promise<{ host: string; site: Site }> {
  const context = await requireSite(params)
  if (!(await siteHasFeature(context.site, feature))) notFound()
  return context
}
