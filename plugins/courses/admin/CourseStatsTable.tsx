import { Link } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { AdminTable } from '@/src/admin/AdminTable'
import type { CourseStats, TaughtCourse } from '../endpoints/instructorRoster'
import { enrollmentsCsvUrl } from './enrollmentsCsvUrl'
import { filterQuery } from './instructorFilter'

type Props = {
  adminRoute: string
  apiRoute: string
  courses: TaughtCourse[]
  /** Site names by id, when the courses belong to more than one site. */
  siteNames: Map<number, string> | null
  stats: Map<number, CourseStats>
}

const none: CourseStats = {
  active: 0,
  averageProgress: 0,
  completed: 0,
  completions: 0,
  expired: 0,
  total: 0,
}

/** One row per course: enrollments by status, completions and average progress, with its enrollments and CSV one click away. */
export function CourseStatsTable({ adminRoute, apiRoute, courses, siteNames, stats }: Props) {
  return (
    <AdminTable
      caption="Courses"
      className="instructor-view__table"
      columns={
        <>
          <th scope="col">Course</th>
          {siteNames && <th scope="col">Site</th>}
          <th className="admin-table__number" scope="col">
            Enrolled
          </th>
          <th className="admin-table__number" scope="col">
            Active
          </th>
          <th className="admin-table__number" scope="col">
            Completed
          </th>
          <th className="admin-table__number" scope="col">
            Expired
          </th>
          <th className="admin-table__number" scope="col">
            Completions
          </th>
          <th className="admin-table__number" scope="col">
            Average progress
          </th>
          <th scope="col">Export</th>
        </>
      }
    >
      {courses.map((course) => {
        const row = stats.get(course.id) ?? none
        return (
          <tr data-course-id={course.id} key={course.id}>
            <th scope="row">
              <Link
                href={formatAdminURL({
                  adminRoute,
                  path: `/instructor${filterQuery({ course: course.id })}`,
                })}
                prefetch={false}
              >
                {course.title}
              </Link>{' '}
              {course.status !== 'published' && (
                <span className="admin-view__muted">({course.status})</span>
              )}
              <br />
              <Link
                className="admin-view__muted"
                href={formatAdminURL({ adminRoute, path: `/course-builder/${course.id}` })}
                prefetch={false}
              >
                Open in the course builder
              </Link>
            </th>
            {siteNames && <td>{siteNames.get(course.siteId)}</td>}
            <td className="admin-table__number">{row.total}</td>
            <td className="admin-table__number">{row.active}</td>
            <td className="admin-table__number">{row.completed}</td>
            <td className="admin-table__number">{row.expired}</td>
            <td className="admin-table__number">{row.completions}</td>
            <td className="admin-table__number">{`${row.averageProgress}%`}</td>
            <td>
              <a
                aria-label={`Download CSV of ${course.title}`}
                download
                href={enrollmentsCsvUrl(apiRoute, course.id)}
              >
                CSV
              </a>
            </td>
          </tr>
        )
      })}
    </AdminTable>
  )
}
