import { Link } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

import { AdminTable } from '@/src/admin/AdminTable'
import type { RosterRow, TaughtCourse } from '../endpoints/instructorRoster'
import { enrollmentStatuses } from '../statuses'
import { enrollmentsCsvUrl } from './enrollmentsCsvUrl'
import { filterQuery, type InstructorFilter } from './instructorFilter'

type Props = {
  adminRoute: string
  apiRoute: string
  courses: TaughtCourse[]
  filter: InstructorFilter
  rows: RosterRow[]
  totalDocs: number
  totalPages: number
}

const date = (iso: null | string) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }) : '–'

/** The enrollments of one course or all, filtered by status, a page at a time; the same rows as the CSV export. */
export function EnrollmentTable({
  adminRoute,
  apiRoute,
  courses,
  filter,
  rows,
  totalDocs,
  totalPages,
}: Props) {
  const here = (page: number) =>
    formatAdminURL({ adminRoute, path: `/instructor${filterQuery({ ...filter, page })}` })
  const chosen = courses.find((course) => course.id === filter.course)
  return (
    <section aria-label="Enrollments" className="instructor-view__enrollments">
      {/* A plain GET form: the filter lives in the URL, so a filtered list can be shared. */}
      <form
        action={formatAdminURL({ adminRoute, path: '/instructor' })}
        className="admin-view__filters"
        method="get"
      >
        <label>
          Course{' '}
          <select defaultValue={filter.course ?? ''} name="course">
            <option value="">All courses</option>
            {courses.map((course) => (
              <option key={course.id} value={course.id}>
                {course.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select defaultValue={filter.status ?? ''} name="status">
            <option value="">Any status</option>
            {enrollmentStatuses.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <button className="btn btn--style-secondary btn--size-small" type="submit">
          Show
        </button>
        {chosen && (
          <a
            className="instructor-view__download"
            download
            href={enrollmentsCsvUrl(apiRoute, chosen.id, filter.status)}
          >
            Download CSV
          </a>
        )}
      </form>
      <AdminTable
        caption={`${totalDocs} ${totalDocs === 1 ? 'enrollment' : 'enrollments'}${chosen ? ` in ${chosen.title}` : ''}${filter.status ? `, ${filter.status}` : ''}`}
        className="instructor-view__table"
        columns={
          <>
            <th scope="col">Member</th>
            {!chosen && <th scope="col">Course</th>}
            <th scope="col">Status</th>
            <th scope="col">Enrolled</th>
            <th className="admin-table__number" scope="col">
              Progress
            </th>
            <th scope="col">Last lesson</th>
            <th scope="col">Completed</th>
          </>
        }
      >
        {rows.map((row) => (
          <tr data-enrollment-id={row.id} key={row.id}>
            <td>
              <Link
                href={formatAdminURL({ adminRoute, path: `/collections/enrollments/${row.id}` })}
                prefetch={false}
              >
                {row.name}
              </Link>
              <span className="instructor-view__email">{row.email}</span>
            </td>
            {!chosen && <td>{row.courseTitle}</td>}
            <td>
              <span className={`instructor-view__status instructor-view__status--${row.status}`}>
                {row.status}
              </span>
            </td>
            <td>{date(row.enrolledAt)}</td>
            <td className="admin-table__number">
              <progress aria-label={`${row.progress}%`} max={100} value={row.progress} />{' '}
              {`${row.progress}%`}
            </td>
            <td>{row.lastLesson ?? '–'}</td>
            <td>{date(row.completedAt)}</td>
          </tr>
        ))}
      </AdminTable>
      {rows.length === 0 && <p className="admin-view__muted">No enrollments match.</p>}
      {totalPages > 1 && (
        <nav aria-label="Pages" className="admin-view__pages">
          {filter.page > 1 ? <Link href={here(filter.page - 1)}>Previous</Link> : <span />}
          <span>{`Page ${filter.page} of ${totalPages}`}</span>
          {filter.page < totalPages && <Link href={here(filter.page + 1)}>Next</Link>}
        </nav>
      )}
    </section>
  )
}
