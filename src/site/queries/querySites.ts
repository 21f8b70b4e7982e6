import config from '@payload-config'
import type { Site } from '@payload-types'
import { getPayload } from 'payload'

export type SiteSummary = Pick<Site, 'description' | 'domains' | 'id' | 'name' | 'slug' | 'theme'>

/** Every site, by name, with what the index shows: name, description, domains and theme. */
export async function querySites(): Promise<SiteSummary[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'sites',
    depth: 0,
    // Read as a visitor: sites are public (themes, navigation, domains), and the index page has no host to narrow them.
    overrideAccess: false,
    pagination: false,
    select: { name: true, slug: true, description: true, domains: true, theme: true },
    sort: 'name',
  })
  return docs
}
