import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Course, Enrollment } from '@/payload-types'
import { idOf } from '../../sites'
import { taughtSites } from './instructorSites'

export type EnrollmentStatus = Enrollment['status']

export type TaughtCourse = Pick<Course, 'id' | 'slug' | 'status' | 'title'> & { siteId: number }

/** One learner in one course, as the instructor view and the CSV export show them. */
export type RosterRow = {
  completedAt: null | string
  courseId: number
  courseTitle: string
  email: string
  enrolledAt: string
  id: number
  lastLesson: null | string
  name: string
  progress: number
  status: EnrollmentStatus
}

export type CourseStats = {
  active: number
  averageProgress: number
  completed: number
  completions: number
  expired: number
  total: number
}

export type RosterFilter = { courseIds: number[]; status?: EnrollmentStatus }

/** The courses of the sites the user teaches (`taughtSites`), drafts included, by title: read with their access. */
export async function taughtCourses(
  payload: Payload,
  user: PayloadRequest['user'] | undefined,
): Promise<TaughtCourse[]> {
  const sites = taughtSites(user)
  if (!user || (sites !== 'all' && !sites.length)) return []
  const { docs } = await payload.find({
    collection: 'courses',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    select: { slug: true, site: true, status: true, title: true },
    sort: 'title',
    user,
    where: sites === 'all' ? {} : { site: { in: sites } },
  })
  return docs.map(({ id, slug, site, status, title }) => ({
    id,
    slug,
    siteId: idOf(site)!,
    status,
    title,
  }))
}

/**
 * Enrollments by status, completions (certificates issued) and average progress per course. One
 * aggregate query: a course can have tens of thousands of enrollments, which the Local API would
 * have to load one document at a time to count.
 */
export async function courseStats(
  payload: Payload,
  courseIds: number[],
): Promise<Map<number, CourseStats>> {
  const stats = new Map<number, CourseStats>()
  if (!courseIds.length) return stats
  const { rows } = await payload.db.drizzle.execute<
    Record<keyof CourseStats | 'course_id', number | string | null>
  >(sql`
    SELECT course_id,
      count(*) AS total,
      count(*) FILTER (WHERE status = 'active') AS active,
      count(*) FILTER (WHERE status = 'completed') AS completed,
      count(*) FILTER (WHERE status = 'expired') AS expired,
      count(completed_at) AS completions,
      coalesce(avg(coalesce(progress, 0)), 0) AS "averageProgress"
    FROM enrollments
    WHERE course_id IN (${sql.join(
      courseIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY course_id`)
  for (const row of rows) {
    stats.set(Number(row.course_id), {
      active: Number(row.active),
      averageProgress: Math.round(Number(row.averageProgress)),
      completed: Number(row.completed),
      completions: Number(row.completions),
      expired: Number(row.expired),
      total: Number(row.total),
    })
  }
  return stats
}

/**
 * The enrollments of some courses, newest first, with the member's name and email and the title of
 * the lesson they last opened; `limit: 0` returns every row (the CSV export). The caller has checked
 * that the user teaches these courses: instructors may not read user accounts otherwise.
 */
export async function findRoster(
  payload: Payload,
  { courseIds, status }: RosterFilter,
  { limit = 0, page = 1 } = {},
) {
  const where: Where = {
    and: [{ course: { in: courseIds } }, ...(status ? [{ status: { equals: status } }] : [])],
  }
  const result = await payload.find({
    collection: 'enrollments',
    depth: 1,
    limit,
    // overrideAccess: instructors may not read user accounts, and the roster shows names and emails. Every caller passes only courses it
    // checked the user teaches (the CSV: a course read with access + `teachesSite`; the view: ids from `taughtCourses`).
    overrideAccess: true,
    page,
    pagination: limit > 0,
    populate: {
      courses: { title: true },
      lessons: { title: true },
      users: { name: true, email: true },
    },
    select: {
      completedAt: true,
      course: true,
      enrolledAt: true,
      lastLesson: true,
      progress: true,
      status: true,
      user: true,
    },
    sort: ['-enrolledAt', '-id'],
    where,
  })
  const rows: RosterRow[] = result.docs.map((enrollment) => {
    const user = typeof enrollment.user === 'object' ? enrollment.user : null
    const course = typeof enrollment.course === 'object' ? enrollment.course : null
    const lesson =
      enrollment.lastLesson && typeof enrollment.lastLesson === 'object'
        ? enrollment.lastLesson
        : null
    return {
      id: enrollment.id,
      name: user?.name ?? '(deleted user)',
      completedAt: enrollment.completedAt ?? null,
      courseId: idOf(enrollment.course)!,
      courseTitle: course?.title ?? '',
      email: user?.email ?? '',
      enrolledAt: enrollment.enrolledAt,
      lastLesson: lesson?.title ?? null,
      progress: enrollment.progress ?? 0,
      status: enrollment.status,
    }
  })
  return {
    page: result.page ?? 1,
    rows,
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
  }
}
