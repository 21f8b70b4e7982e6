import type { Payload } from 'payload'

import type { User } from '../../payload-types'

export const DEMO_PASSWORD = 'prism-demo'

type SiteRole = NonNullable<User['sites']>[number]['roles'][number]

export type DemoUser = {
  email: string
  name: string
  password: string
  roles?: User['roles']
  sites?: Record<string, SiteRole[]>
}

export const DEMO_ADMIN = {
  name: 'Prism Admin',
  email: 'admin@prism.local',
  password: DEMO_PASSWORD,
  roles: ['super-admin'],
} satisfies DemoUser
export const DEMO_EDITOR = {
  name: 'Mira Kovač',
  email: 'editor@lightwave.local',
  password: DEMO_PASSWORD,
  sites: { lightwave: ['editor'] },
} satisfies DemoUser

/** One account per role of the demo: a super-admin, and a user for each kind of site role. */
export const demoUsers: DemoUser[] = [
  DEMO_ADMIN,
  DEMO_EDITOR,
  {
    name: 'Jonas Berg',
    email: 'moderator@kids-ascension.local',
    password: DEMO_PASSWORD,
    sites: { 'kids-ascension': ['moderator'] },
  },
  {
    name: 'Lea Sommer',
    email: 'parent@kids-ascension.local',
    password: DEMO_PASSWORD,
    sites: { 'kids-ascension': ['creator'] },
  },
  {
    name: 'Marina Wellen',
    email: 'instructor@ozean-licht.local',
    password: DEMO_PASSWORD,
    sites: { 'ozean-licht': ['instructor'] },
  },
  {
    name: 'Theo Strand',
    email: 'member@ozean-licht.local',
    password: DEMO_PASSWORD,
    sites: { 'ozean-licht': ['member'] },
  },
]

/** Creates the user, or resets an existing one's name, password and roles. */
export async function upsertUser(
  payload: Payload,
  user: DemoUser,
  siteIds: Record<string, number>,
): Promise<User> {
  const data = {
    name: user.name,
    email: user.email,
    password: user.password,
    roles: user.roles ?? [],
    sites: Object.entries(user.sites ?? {}).map(([slug, roles]) => ({
      roles,
      site: siteIds[slug],
    })),
  }
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    where: { email: { equals: user.email } },
  })
  if (docs[0]) return payload.update({ id: docs[0].id, collection: 'users', data })
  return payload.create({ collection: 'users', data })
}
