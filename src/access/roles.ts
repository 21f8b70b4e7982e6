import type { User } from '../../payload-types'

export type Role = NonNullable<User['roles']>[number]

/** Global roles (`users.roles`): they hold on every site. Per-site roles live in plugins/sites. */
export const hasRole = (
  user: null | Partial<Pick<User, 'roles'>> | undefined,
  ...roles: Role[]
): boolean => Boolean(user?.roles?.some((role) => roles.includes(role)))
