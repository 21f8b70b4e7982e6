import config from '@payload-config'
import type { Site } from '@payload-types'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { offeredFeatures } from '../../plugins/sites'
import { requireSite } from './requireSite'

type SiteFeatureValue = NonNullable<Site['features']>[number]

/**
 * The site of a plugin's route: a 404 unless this Prism runs the plugin that offers `feature` and
 * the site has switched it on. A site document may still list a feature whose plugin was removed
 * from `payload.config.ts`; its routes must not reach for collections that no longer exist.
 */
export async function requireSiteFeature(params: Promise<{ host: string }>, feature: SiteFeatureValue): Promise<{ host: string; site: Site }> {
  const context = await requireSite(params)
  const payload = await getPayload({ config })
  if (!offeredFeatures(payload.config).has(feature) || !context.site.features?.includes(feature)) notFound()
  return context
}
