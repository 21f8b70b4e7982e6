import type { Payload } from 'payload'

import type { User } from '../../payload-types'

export const DEMO_PASSWORD = 'prism-demo'

type SiteRole = NonNullable<User['sites']>[number]['roles'][number]

export type DemoUser = { email: string; name: string; password: string; roles?: User['roles']; sites?: Record<string, SiteRole[]> }

export const DEMO_ADMIN = { email: 'admin@prism.local', name: 'Prism Admin', password: DEMO_PASSWORD, roles: ['super-admin'] } satisfies DemoUser
export const DEMO_EDITOR = { email: 'editor@lightwave.local', name: 'Mira Kovač', password: DEMO_PASSWORD, sites: { lightwave: ['editor'] } } satisfies DemoUser

/** One account per role of the demo: a super-admin, and a user for each kind of site role. */
export const demoUsers: DemoUser[] = [
  DEMO_ADMIN,
  DEMO_EDITOR,
  { email: 'moderator@kids-ascension.local', name: 'Jonas Berg', password: DEMO_PASSWORD, sites: { 'kids-ascension': ['moderator'] } },
  { email: 'parent@kids-ascension.local', name: 'Lea Sommer', password: DEMO_PASSWORD, sites: { 'kids-ascension': ['creator'] } },
  { email: 'instructor@ozean-licht.local', name: 'Marina Wellen', password: DEMO_PASSWORD, sites: { 'ozean-licht': ['instructor'] } },
  { email: 'member@ozean-licht.local', name: 'Theo Strand', password: DEMO_PASSWORD, sites: { 'ozean-licht': ['member'] } },
]

/** Creates the user, or resets an existing one's name, password and roles. */
export async function upsertUser(payload: Payload, user: DemoUser, siteIds: Record<string, number>): Promise<User> {
  const data = {
    email: user.email,
    name: user.name,
    password: user.password,
    roles: user.roles ?? [],
    sites: Object.entries(user.sites ?? {}).map(([slug, roles]) => ({ roles, site: siteIds[slug] })),
  }
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 1, where: { email: { equals: user.email } } })
  if (docs[0]) return payload.update({ collection: 'users', data, id: docs[0].id })
  return payload.create({ collection: 'users', data })
}
