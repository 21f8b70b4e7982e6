import type { Site } from '@payload-types'
import { notFound } from 'next/navigation'

import { requireSite } from '../../../src/site/requireSite'
import { COURSES_FEATURE } from '../features'

/** The site of a course route; a 404 unless the site has switched courses on. */
export async function requireCourseSite(params: Promise<{ host: string }>): Promise<{ host: string; site: Site }> {
  const context = await requireSite(params)
  if (!context.site.features?.includes(COURSES_FEATURE)) notFound()
  return context
}
