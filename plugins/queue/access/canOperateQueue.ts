import type { User } from '@/payload-types'
import { hasRole } from '@/src/access/roles'

type Operator = Partial<Pick<User, 'roles' | 'sites'>>

/**
 * Who opens the Jobs view and `/api/queue/*`: super-admins, and the admins of any site. What each
 * of them sees and operates there is narrowed by `queueScope`: a site admin, their sites' jobs only.
 */
export const canOperateQueue = (user: null | Operator | undefined): boolean =>
  hasRole(user, 'super-admin') || Boolean(user?.sites?.some((row) => row.roles?.includes('admin')))
