import type { Site } from '@payload-types'
import { notFound } from 'next/navigation'

import { requireSite } from '../../../src/site/requireSite'
import { VIDEO_FEATURE } from '../roles'

/** The site of a `/videos` route; a 404 unless the site has switched videos on. */
export async function requireVideoSite(params: Promise<{ host: string }>): Promise<{ host: string; site: Site }> {
  const context = await requireSite(params)
  if (!context.site.features?.includes(VIDEO_FEATURE)) notFound()
  return context
}
