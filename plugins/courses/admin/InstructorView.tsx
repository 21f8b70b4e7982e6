import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { AdminViewShell, viewUser } from '@/src/admin/AdminViewShell'
import { courseStats, findRoster, taughtCourses } from '../endpoints/instructorRoster'
import { CourseStatsTable } from './CourseStatsTable'
import { EnrollmentTable } from './EnrollmentTable'
import { instructorFilter } from './instructorFilter'
import './InstructorView.css'

const PAGE_SIZE = 50

/**
 * `/admin/instructor`: for each course of the sites the user teaches, enrollments by status,
 * completions and average progress, then the enrollments themselves with filters and a CSV export.
 */
export async function InstructorView(props: AdminViewServerProps) {
  const user = viewUser(props, '/instructor')
  const { payload } = props.initPageResult.req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const courses = await taughtCourses(payload, user)

  let content = (
    <Banner type="error">
      You teach no course here: the instructor view is for the instructors, editors and admins of a
      site with courses. Ask a site admin for the instructor role.
    </Banner>
  )
  if (courses.length) {
    const ids = courses.map((course) => course.id)
    const filter = instructorFilter(props.searchParams, ids)
    const siteIds = [...new Set(courses.map((course) => course.siteId))]
    const [stats, roster, sites] = await Promise.all([
      courseStats(payload, ids),
      findRoster(
        payload,
        { courseIds: filter.course ? [filter.course] : ids, status: filter.status },
        { limit: PAGE_SIZE, page: filter.page },
      ),
      // Someone who teaches on one site needs no reminder of which.
      siteIds.length > 1
        ? payload.find({
            collection: 'sites',
            depth: 0,
            limit: 0,
            overrideAccess: false,
            pagination: false,
            select: { name: true },
            user,
            where: { id: { in: siteIds } },
          })
        : null,
    ])
    content = (
      <div className="instructor-view__content">
        <CourseStatsTable
          adminRoute={adminRoute}
          apiRoute={apiRoute}
          courses={courses}
          siteNames={sites && new Map(sites.docs.map((site) => [site.id, site.name]))}
          stats={stats}
        />
        <EnrollmentTable
          adminRoute={adminRoute}
          apiRoute={apiRoute}
          courses={courses}
          filter={filter}
          rows={roster.rows}
          totalDocs={roster.totalDocs}
          totalPages={roster.totalPages}
        />
      </div>
    )
  }
  return (
    <AdminViewShell {...props} className="instructor-view" title="Instructor">
      {content}
    </AdminViewShell>
  )
}
