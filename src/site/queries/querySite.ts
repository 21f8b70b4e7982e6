import config from '@payload-config'
import type { Site } from '@payload-types'
import { getPayload } from 'payload'
import { cache } from 'react'

import { resolveSite } from '@/plugins/sites'

/** The site of a route's `host` segment, once per request; null for a host of no site. */
export const querySite = cache(async (host: string): Promise<null | Site> => {
  const payload = await getPayload({ config })
  return resolveSite(payload, host)
})
