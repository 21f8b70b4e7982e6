import type { AdminViewServerProps } from 'payload'

import type { EnrollmentStatus } from '../endpoints/instructorRoster'
import { enrollmentStatuses } from '../statuses'

export type InstructorFilter = { course?: number; page: number; status?: EnrollmentStatus }

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

/** The filter of a shared link (`/admin/instructor?course=3&status=completed&page=2`); a course the user does not teach is ignored. */
export function instructorFilter(
  searchParams: AdminViewServerProps['searchParams'],
  courseIds: number[],
): InstructorFilter {
  const course = Number(first(searchParams?.course))
  const page = Number(first(searchParams?.page))
  const status = first(searchParams?.status)
  return {
    course: courseIds.includes(course) ? course : undefined,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    status: enrollmentStatuses.find((candidate) => candidate === status),
  }
}

/** The query string of a filter, for links that keep it (pages, CSV). */
export function filterQuery({ course, page, status }: Partial<InstructorFilter>): string {
  const params = new URLSearchParams()
  if (course) params.set('course', String(course))
  if (status) params.set('status', status)
  if (page && page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `?${query}` : ''
}
