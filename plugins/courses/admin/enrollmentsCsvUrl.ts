import { formatAdminURL } from 'payload/shared'

import type { EnrollmentStatus } from '../endpoints/instructorRoster'

/** `GET /api/courses/:id/enrollments.csv`, with the status filter the view shows. */
export const enrollmentsCsvUrl = (
  apiRoute: string,
  courseId: number,
  status?: EnrollmentStatus,
): string =>
  formatAdminURL({
    apiRoute,
    path: `/courses/${courseId}/enrollments.csv${status ? `?status=${status}` : ''}`,
  })
