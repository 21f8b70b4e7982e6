import type { User } from '../../../payload-types'
import { hasRole } from '../../../src/access/roles'

type Operator = Partial<Pick<User, 'roles' | 'sites'>>

/**
 * Who sees and operates the jobs (Jobs view, `/api/queue/*`): super-admins, and the admins of any
 * site, since the workers they share run their sites' jobs (video processing, scheduled publishing).
 */
export const canOperateQueue = (user: null | Operator | undefined): boolean =>
  hasRole(user, 'super-admin') || Boolean(user?.sites?.some((row) => row.roles?.includes('admin')))
