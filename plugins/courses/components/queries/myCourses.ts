import config from '@payload-config'
import type { Course, Enrollment, User } from '@payload-types'
import { getPayload } from 'payload'

import { courseState } from '../../progress/courseState'

export type MyCourse = {
  certificateCode: null | string
  completedAt: null | string
  course: Pick<Course, 'id' | 'slug' | 'title'>
  /** Active and unexpired, or completed: the member can still open its lessons. */
  open: boolean
  percent: number
  resumeLessonId: null | number
  status: Enrollment['status']
}

/**
 * The signed-in member's enrollments on one site, newest first, each with the percentage and the
 * lesson to resume as the course page computes them. Courses the member can no longer read (taken
 * back to draft) are left out.
 */
export async function queryMyCourses(siteId: number, user: User): Promise<MyCourse[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'enrollments',
    depth: 1,
    limit: 100,
    overrideAccess: false,
    populate: { courses: { slug: true, title: true } },
    sort: '-enrolledAt',
    user,
    where: { and: [{ user: { equals: user.id } }, { site: { equals: siteId } }] },
  })
  const readable = docs.filter((enrollment): enrollment is Enrollment & { course: Course } => typeof enrollment.course === 'object')
  return Promise.all(
    readable.map(async ({ certificateCode, completedAt, course, progress, status }) => {
      const state = await courseState(payload, user.id, course.id)
      const open = Boolean(state.enrollment)
      return {
        certificateCode: status === 'completed' ? (certificateCode ?? null) : null,
        completedAt: completedAt ?? null,
        course: { id: course.id, slug: course.slug, title: course.title },
        open,
        percent: open ? state.percent : (progress ?? 0),
        resumeLessonId: state.resumeLessonId,
        status,
      }
    }),
  )
}
