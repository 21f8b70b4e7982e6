import { Link, NavGroup } from '@payloadcms/ui'
import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { teachesAnySite } from '../endpoints/instructorSites'

/** "Teaching" in the admin's navigation (course builder, instructor view), for those who teach on a site. */
export function TeachingNavLinks({ payload, user }: ServerProps) {
  if (!teachesAnySite(user)) return null
  const href = (path: `/${string}`) =>
    formatAdminURL({ adminRoute: payload.config.routes.admin, path })
  return (
    <NavGroup label="Teaching">
      <Link
        className="nav__link"
        href={href('/course-builder')}
        id="nav-course-builder"
        prefetch={false}
      >
        <span className="nav__link-label">Course builder</span>
      </Link>
      <Link className="nav__link" href={href('/instructor')} id="nav-instructor" prefetch={false}>
        <span className="nav__link-label">Instructor</span>
      </Link>
    </NavGroup>
  )
}
