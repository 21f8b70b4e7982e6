import { APIError, type Endpoint } from 'payload'

import { requireUser } from '@/src/http/requireUser'
import { teachesSite } from '../progress/courseState'
import { enrollmentStatuses } from '../statuses'
import { rosterCsv } from './instructorCsv'
import { type EnrollmentStatus, findRoster } from './instructorRoster'
import { readableCourse } from './readableCourse'

/** `?status=`: one of the enrollment statuses, or absent for all; anything else is a 400 naming the choices. */
function statusParam(value: null | string | undefined): EnrollmentStatus | undefined {
  if (!value) return undefined
  const status = enrollmentStatuses.find((candidate) => candidate === value)
  if (!status)
    throw new APIError(
      `"status" must be one of ${enrollmentStatuses.join(', ')}.`,
      400,
      undefined,
      true,
    )
  return status
}

/**
 * `GET /api/courses/:id/enrollments.csv[?status=active|completed|expired]`: the course's enrollments
 * as the instructor view lists them, as a download. For the instructors, editors and admins of the
 * course's site and global writers: 401 anonymous; 403 for anyone else who can see the course;
 * 404 when they cannot (a draft or another site's course through a site's host).
 */
export const enrollmentsCsvEndpoint: Endpoint = {
  handler: async (req) => {
    requireUser(req, 'download the enrollments')
    const status = statusParam(req.searchParams.get('status'))
    const course = await readableCourse(req)
    if (!teachesSite(req.user, course.site)) {
      throw new APIError(
        "Only the instructors, editors and admins of this course's site may download its enrollments.",
        403,
        undefined,
        true,
      )
    }
    const { rows } = await findRoster(req.payload, { courseIds: [course.id], status })
    const filename = `${course.slug}-enrollments${status ? `-${status}` : ''}.csv`
    return new Response(rosterCsv(rows), {
      headers: {
        // Names and emails: never kept by a shared cache.
        'Cache-Control': 'private, no-store',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/:id/enrollments.csv',
}
