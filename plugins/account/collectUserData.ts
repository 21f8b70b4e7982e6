import type { PayloadRequest } from 'payload'

import type { User } from '../../payload-types'

/** Fields of an account that are secrets, not data about the person: never exported. */
const secretFields = ['apiKey', 'apiKeyIndex', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'sessions'] as const

/**
 * Everything Prism stores about one person: the account (without secrets), roles per site, the
 * posts they are credited on, form submissions that carry their email address, admin preferences.
 */
export async function collectUserData(req: PayloadRequest, user: User) {
  const { payload } = req
  const account = Object.fromEntries(Object.entries(user).filter(([key]) => !(secretFields as readonly string[]).includes(key) && key !== 'collection'))
  const [posts, submissions, preferences, sites] = await Promise.all([
    payload.find({ collection: 'posts', depth: 0, limit: 0, pagination: false, req, select: { publishedAt: true, site: true, slug: true, title: true }, where: { authors: { contains: user.id } } }),
    payload.find({ collection: 'form-submissions', depth: 0, pagination: false, req, where: { 'submissionData.value': { equals: user.email } } }),
    payload.find({ collection: 'payload-preferences', depth: 0, pagination: false, req, where: { and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: user.id } }] } }),
    payload.find({ collection: 'sites', depth: 0, pagination: false, req, select: { name: true, slug: true } }),
  ])
  const siteName = new Map(sites.docs.map((site) => [site.id, site.slug]))
  return {
    account,
    exportedAt: new Date().toISOString(),
    formSubmissions: submissions.docs.map(({ createdAt, form, id, site, submissionData }) => ({ createdAt, form, id, site, submissionData })),
    posts: posts.docs,
    preferences: preferences.docs.map(({ key, value }) => ({ key, value })),
    siteRoles: (user.sites ?? []).map((row) => {
      const id = typeof row.site === 'object' ? row.site.id : row.site
      return { roles: row.roles, site: siteName.get(id) ?? id }
    }),
  }
}
