import type { User } from '../../payload-types'

export type Role = NonNullable<User['roles']>[number]

/** Until the sites plugin scopes roles per site, these roles hold across the whole instance. */
export const hasRole = (user: null | Partial<Pick<User, 'roles'>> | undefined, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))
