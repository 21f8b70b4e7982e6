import type { Payload } from 'payload'

import type { Site } from '../../payload-types'

type SiteInput = Omit<Site, 'createdAt' | 'id' | 'updatedAt'>

/** A valid site: a name, the slug its `<slug>.localhost` host answers to, and the default theme. */
export const siteData = (slug: string, overrides: Partial<SiteInput> = {}): SiteInput => ({
  name: slug,
  slug,
  defaultLocale: 'en',
  theme: {
    accent: '#5b21b6',
    accentForeground: '#ffffff',
    background: '#fbfaf7',
    font: 'serif',
    foreground: '#17161c',
    surface: '#ffffff',
  },
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
