import { Link, NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { canOperateQueue } from '../access/canOperateQueue'

/** "Jobs" in the admin's navigation, for those who may open the view. */
export function JobsNavLink({ payload, user }: ServerProps) {
  if (!canOperateQueue(user)) return null
  const href = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/jobs' })
  return (
    <NavGroup label="Operations">
      <Link className="nav__link" href={href} id="nav-jobs" prefetch={false}>
        <span className="nav__link-label">Jobs</span>
      </Link>
    </NavGroup>
  )
}
