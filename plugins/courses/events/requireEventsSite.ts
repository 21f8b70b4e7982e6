import type { Site } from '@payload-types'
import { notFound } from 'next/navigation'

import { requireSite } from '../../../src/site/requireSite'
import { EVENTS_FEATURE } from '../features'

/** The site of an events route; a 404 unless the site has switched events on. */
export async function requireEventsSite(params: Promise<{ host: string }>): Promise<{ host: string; site: Site }> {
  const context = await requireSite(params)
  if (!context.site.features?.includes(EVENTS_FEATURE)) notFound()
  return context
}
