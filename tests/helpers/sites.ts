import type { Payload } from 'payload'

import type { Site } from '../../payload-types'
import { prismTheme } from '../../src/seed/prismTheme'

type SiteInput = Omit<Site, 'createdAt' | 'id' | 'updatedAt'>

/** A valid site: a name, the slug its `<slug>.localhost` host answers to, and Prism's own theme. */
export const siteData = (slug: string, overrides: Partial<SiteInput> = {}): SiteInput => ({
  name: slug,
  slug,
  defaultLocale: 'en',
  theme: prismTheme,
  ...overrides,
})

export const createSite = (
  payload: Payload,
  slug: string,
  overrides: Partial<SiteInput> = {},
): Promise<Site> => payload.create({ collection: 'sites', data: siteData(slug, overrides) })

export async function siteIdOf(payload: Payload, slug: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'sites',
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  if (!docs[0]) throw new Error(`No site ${slug}`)
  return docs[0].id
}
