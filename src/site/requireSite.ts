import type { Site } from '@payload-types'
import { notFound } from 'next/navigation'

import { querySite } from './queries/querySite'

/**
 * The site a `/site/[host]` route renders, and its host; a 404 for a host of no site, so an
 * unknown host never shows any site's content.
 */
export async function requireSite(
  params: Promise<{ host: string }>,
): Promise<{ host: string; site: Site }> {
  const { host } = await params
  const site = await querySite(host)
  if (!site) notFound()
  return { host, site }
}
