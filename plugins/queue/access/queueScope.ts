import type { JobScope } from '@/src/queue/jobScope'
import { isSuperAdmin, type SiteUser, siteIdsWithRole } from '../../sites'

/**
 * The jobs a user operates: super-admins every job (instance-wide ones included), a site's admins
 * the jobs that act for their sites (`data.site`), and nobody else any.
 */
export const queueScope = (user: null | SiteUser | undefined): JobScope =>
  isSuperAdmin(user) ? 'all' : siteIdsWithRole(user, ['admin'])
