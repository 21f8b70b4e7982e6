import type { PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import { personalDataSources } from './personalDataSources'

/** Fields of an account that are secrets, not data about the person: never exported. */
const secretFields = [
  'apiKey',
  'apiKeyIndex',
  'currentPassword',
  'enableAPIKey',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
] as const

/**
 * Everything Prism stores about one person: the account (without secrets), roles per site, and one
 * section per registered personal-data source (posts, form submissions, preferences, each plugin's).
 */
export async function collectUserData(req: PayloadRequest, user: User) {
  const account = Object.fromEntries(
    Object.entries(user).filter(
      ([key]) => !(secretFields as readonly string[]).includes(key) && key !== 'collection',
    ),
  )
  // Full rights, but only the slugs of the sites named on the person's own role rows.
  const siteIds = (user.sites ?? []).map((row) =>
    typeof row.site === 'object' ? row.site.id : row.site,
  )
  const sites = await req.payload.find({
    collection: 'sites',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { slug: true },
    where: { id: { in: siteIds } },
  })
  const siteName = new Map(sites.docs.map((site) => [site.id, site.slug]))
  const sections: Record<string, unknown> = {}
  for (const source of personalDataSources.read(req.payload.config)) {
    sections[source.name] = await source.export(req, user.id)
  }
  return {
    ...sections,
    account,
    exportedAt: new Date().toISOString(),
    siteRoles: (user.sites ?? []).map((row) => {
      const id = typeof row.site === 'object' ? row.site.id : row.site
      return { roles: row.roles, site: siteName.get(id) ?? id }
    }),
  }
}
