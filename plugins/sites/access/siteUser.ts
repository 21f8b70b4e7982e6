import type { User } from '@/payload-types'
import type { SiteRole } from '../roles'

/** What access decisions read from a user: global roles and per-site rows (from the JWT or the DB). */
export type SiteUser = Partial<Pick<User, 'id' | 'roles' | 'sites'>> & { _strategy?: string }

export type SiteId = number

/** A relationship value as stored (id) or populated (document). */
export const idOf = (value: unknown): SiteId | undefined => {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

export const isSuperAdmin = (user: null | SiteUser | undefined): boolean =>
  Boolean(user?.roles?.includes('super-admin'))

/** Super-admins and global editors write the content of every site. */
export const isGlobalWriter = (user: null | SiteUser | undefined): boolean =>
  Boolean(user?.roles?.some((role) => role === 'super-admin' || role === 'editor'))

/** The ids of the sites on which the user holds one of `roles` (any role when `roles` is omitted). */
export function siteIdsWithRole(
  user: null | SiteUser | undefined,
  roles?: readonly SiteRole[],
): SiteId[] {
  const ids = (user?.sites ?? [])
    .filter((row) => !roles || row.roles?.some((role) => roles.includes(role)))
    .map((row) => idOf(row.site))
    .filter((id): id is SiteId => id !== undefined)
  return [...new Set(ids)]
}

/** Whether the user holds one of `roles` on this site (global roles not counted). */
export const hasSiteRole = (
  user: null | SiteUser | undefined,
  siteId: unknown,
  roles?: readonly SiteRole[],
): boolean => {
  const id = idOf(siteId)
  return id !== undefined && siteIdsWithRole(user, roles).includes(id)
}
