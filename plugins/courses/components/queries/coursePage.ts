import config from '@payload-config'
import type { Course, User } from '@payload-types'
import { getPayload } from 'payload'
import { cache } from 'react'

import { type CourseState, courseState } from '../../progress/courseState'

export type CoursePageData = { course: Course; durations: Map<number, number>; instructor: null | string; state: CourseState }

/** A published or archived course of the site by slug (drafts never), and the viewer's state in it. */
export const queryCoursePage = cache(async (siteId: number, slug: string, user: null | User): Promise<CoursePageData | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'courses', depth: 1, limit: 1, overrideAccess: false, where: { and: [{ site: { equals: siteId } }, { slug: { equals: slug } }] } })
  const course = docs[0]
  if (!course) return null
  const [state, lessons] = await Promise.all([
    courseState(payload, user ? user.id : null, course.id),
    payload.find({ collection: 'lessons', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { durationMinutes: true }, where: { course: { equals: course.id } } }),
  ])
  const instructor = course.instructor && typeof course.instructor === 'object' ? course.instructor.name : null
  return { course, durations: new Map(lessons.docs.map((lesson) => [lesson.id, lesson.durationMinutes ?? 0])), instructor, state }
})
