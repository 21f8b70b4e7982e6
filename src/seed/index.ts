import type { Payload } from 'payload'

import { offeredFeatures } from '../../plugins/sites'
import { seedLightwave } from './lightwave'
import { seedSteps } from './seedSteps'
import { seedSiteContent } from './siteContent'
import { type DemoSite, demoSites } from './sites'
import { DEMO_ADMIN, DEMO_EDITOR, demoUsers, upsertUser } from './users'

export { DEMO_ADMIN, DEMO_EDITOR, DEMO_PASSWORD, demoUsers } from './users'

/** Collections whose every document is demo content and is replaced on reseed. */
const contentCollections = [
  'form-submissions',
  'search',
  'redirects',
  'pages',
  'posts',
  'forms',
  'categories',
  'media',
] as const

type SeedOptions = {
  /** A worker will run: seed steps whose content needs one (videos to process) run too. Not for test templates. */
  worker?: boolean
}

/** Seeds only a database that has no users yet: the first start of a new install. */
export async function seedIfEmpty(payload: Payload, options: SeedOptions = {}): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  await seed(payload, options)
  return true
}

/**
 * Replaces the demo content: clears the content collections, creates or updates every site of
 * SPEC.md (kept by slug, so their ids survive a reseed), the demo users (kept by email), then each
 * site's content: lightwave gets the full showcase, the others a themed home, an about page and two
 * posts. Then every plugin's seed step (courses, videos…). A site switches on only the features
 * the config offers, and links only to those.
 */
export async function seed(payload: Payload, { worker = false }: SeedOptions = {}): Promise<void> {
  const context = { disableRevalidate: true }
  const offered = offeredFeatures(payload.config)
  const sites: DemoSite[] = demoSites.map((demo) => ({
    ...demo,
    featureNav: demo.featureNav?.filter((link) => offered.has(link.feature)),
    siteFeatures: demo.siteFeatures?.filter((feature) => offered.has(feature)),
  }))
  for (const collection of contentCollections) {
    // The website plugin's collections are there only with it.
    if (!payload.collections[collection]) continue
    await payload.delete({ collection, context, where: { id: { exists: true } } })
  }

  const siteIds: Record<string, number> = {}
  for (const demo of sites) {
    // Navigation is emptied here and set again once the pages it links to exist (the old ones are gone).
    const data = {
      name: demo.name,
      slug: demo.slug,
      defaultLocale: 'en' as const,
      description: demo.description,
      features: demo.siteFeatures ?? [],
      footerNav: [],
      headerNav: [],
      theme: demo.theme,
    }
    const { docs } = await payload.find({
      collection: 'sites',
      depth: 0,
      limit: 1,
      where: { slug: { equals: demo.slug } },
    })
    const site = docs[0]
      ? await payload.update({ id: docs[0].id, collection: 'sites', context, data })
      : await payload.create({ collection: 'sites', context, data })
    siteIds[demo.slug] = site.id
  }

  const users = new Map<string, Awaited<ReturnType<typeof upsertUser>>>()
  for (const user of demoUsers) users.set(user.email, await upsertUser(payload, user, siteIds))
  const admin = users.get(DEMO_ADMIN.email)!
  const editor = users.get(DEMO_EDITOR.email)!

  await seedLightwave(payload, { admin, editor, site: siteIds.lightwave })
  for (const [i, demo] of sites.entries()) {
    if (demo.slug !== 'lightwave')
      await seedSiteContent(payload, demo, siteIds[demo.slug], 20 + i, admin.id)
  }
  for (const step of seedSteps.read(payload.config))
    await step.run(payload, { sites: siteIds, users, worker })
}
