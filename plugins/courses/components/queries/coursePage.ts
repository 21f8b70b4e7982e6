import config from '@payload-config'
import type { Course, User } from '@payload-types'
import { getPayload } from 'payload'
import { cache } from 'react'

import { type CourseState, courseState } from '../../progress/courseState'
import { memberTier } from './memberTier'

export type CoursePageData = {
  course: Course
  durations: Map<number, number>
  instructor: null | string
  /** The viewer's active subscription tier includes this paid course, so enrolling costs nothing more. */
  includedInTier: boolean
  state: CourseState
}

/** A published or archived course of the site by slug (drafts never), and the viewer's state in it. */
export const queryCoursePage = cache(
  async (siteId: number, slug: string, user: null | User): Promise<CoursePageData | null> => {
    const payload = await getPayload({ config })
    const { docs } = await payload.find({
      collection: 'courses',
      depth: 1,
      limit: 1,
      overrideAccess: false,
      where: { and: [{ site: { equals: siteId } }, { slug: { equals: slug } }] },
    })
    const course = docs[0]
    if (!course) return null
    const instructorId =
      typeof course.instructor === 'object' ? course.instructor?.id : course.instructor
    const [state, lessons, instructor, tier] = await Promise.all([
      courseState(payload, user ? user.id : null, course.id),
      payload.find({
        collection: 'lessons',
        depth: 0,
        limit: 0,
        overrideAccess: false,
        pagination: false,
        select: { durationMinutes: true },
        where: { course: { equals: course.id } },
      }),
      // overrideAccess: visitors may not read user accounts; the instructor's name (only) is part of the face of a course read with access above.
      instructorId
        ? payload.findByID({
            id: instructorId,
            collection: 'users',
            depth: 0,
            disableErrors: true,
            overrideAccess: true,
            select: { name: true },
          })
        : null,
      user && course.price ? memberTier(payload, user.id, siteId) : null,
    ])
    return {
      course,
      durations: new Map(lessons.docs.map((lesson) => [lesson.id, lesson.durationMinutes ?? 0])),
      includedInTier: Boolean(tier && tier !== 'free' && course.includedInTiers?.includes(tier)),
      instructor: instructor?.name ?? null,
      state,
    }
  },
)
