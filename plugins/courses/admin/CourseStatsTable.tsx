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

/** The numeric columns: their header and what each course's cell shows. */
const numberColumns: [label: string, cell: (row: CourseStats) => number | string][] = [
  ['Enrolled', (row) => row.total],
  ['Active', (row) => row.active],
  ['Completed', (row) => row.completed],
  ['Expired', (row) => row.expired],
  ['Completions', (row) => row.completions],
  ['Average progress', (row) => `${row.averageProgress}%`],
]

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
          {numberColumns.map(([label]) => (
            <th className="admin-table__number" key={label} scope="col">
              {label}
            </th>
          ))}
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
            {numberColumns.map(([label, cell]) => (
              <td className="admin-table__number" key={label}>
                {cell(row)}
              </td>
            ))}
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
