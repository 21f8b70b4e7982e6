import type { Payload } from 'payload'

import { seedKidsAscension } from './kidsAscension'
import { seedLightwave } from './lightwave'
import { seedOzeanLicht } from './ozeanLicht'
import { seedSiteContent } from './siteContent'
import { demoSites } from './sites'
import { DEMO_ADMIN, DEMO_EDITOR, demoUsers, upsertUser } from './users'

export { DEMO_ADMIN, DEMO_EDITOR, DEMO_PASSWORD, demoUsers } from './users'

/** Collections whose every document is demo content and is replaced on reseed. */
const contentCollections = ['form-submissions', 'search', 'redirects', 'pages', 'posts', 'forms', 'categories', 'media'] as const

/** Seeds only a database that has no users yet: the first start of a new install. */
export async function seedIfEmpty(payload: Payload, options: { videos?: boolean } = {}): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  await seed(payload, options)
  return true
}

/**
 * Replaces the demo content: clears the content collections, creates or updates every site of
 * SPEC.md (kept by slug, so their ids survive a reseed), the demo users (kept by email), then each
 * site's content: lightwave gets the full showcase, the others a themed home, an about page and two posts.
 */
export async function seed(payload: Payload, { videos = false }: { videos?: boolean } = {}): Promise<void> {
  const context = { disableRevalidate: true }
  for (const collection of contentCollections) {
    await payload.delete({ collection, context, where: { id: { exists: true } } })
  }

  const siteIds: Record<string, number> = {}
  for (const demo of demoSites) {
    // Navigation is emptied here and set again once the pages it links to exist (the old ones are gone).
    const data = { defaultLocale: 'en' as const, description: demo.description, features: demo.siteFeatures ?? [], footerNav: [], headerNav: [], name: demo.name, slug: demo.slug, theme: demo.theme }
    const { docs } = await payload.find({ collection: 'sites', depth: 0, limit: 1, where: { slug: { equals: demo.slug } } })
    const site = docs[0] ? await payload.update({ collection: 'sites', context, data, id: docs[0].id }) : await payload.create({ collection: 'sites', context, data })
    siteIds[demo.slug] = site.id
  }

  const users = new Map<string, Awaited<ReturnType<typeof upsertUser>>>()
  for (const user of demoUsers) users.set(user.email, await upsertUser(payload, user, siteIds))
  const admin = users.get(DEMO_ADMIN.email)!
  const editor = users.get(DEMO_EDITOR.email)!

  await seedLightwave(payload, { admin, editor, site: siteIds.lightwave })
  for (const [i, demo] of demoSites.entries()) {
    if (demo.slug !== 'lightwave') await seedSiteContent(payload, demo, siteIds[demo.slug], 20 + i, admin.id)
  }
  await seedOzeanLicht(payload, {
    instructor: users.get('instructor@ozean-licht.local')!.id,
    member: users.get('member@ozean-licht.local')!.id,
    site: siteIds['ozean-licht'],
  })
  // Demo videos need a worker to process them, so only a running app seeds them (not test templates).
  if (videos) {
    await seedKidsAscension(payload, {
      moderator: users.get('moderator@kids-ascension.local')!.id,
      parent: users.get('parent@kids-ascension.local')!.id,
      site: siteIds['kids-ascension'],
    })
  }
}
