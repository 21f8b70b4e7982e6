import config from '@payload-config'
import type { Lesson, User } from '@payload-types'
import { getPayload } from 'payload'
import { cache } from 'react'

import { idOf } from '@/plugins/sites'
import type { LessonLock } from '../../progress/courseState'

export type Lock = NonNullable<LessonLock>

/** The lesson as its reader may open it, or the lock that keeps it shut (as the API's 403 states it). */
export type LessonPageData = { lesson: Lesson; lock: null } | { lesson: null; lock: Lock }

const lockCodes: Lock['code'][] = ['drip', 'not_enrolled', 'previous']
const lockCode = (data: unknown): Lock['code'] =>
  lockCodes.find((code) => code === (data as { code?: unknown } | undefined)?.code) ??
  'not_enrolled'

/**
 * Opens the lesson the way `GET /api/lessons/:id` does for this user, so the page and the API
 * agree on every lock; null when the id is not a lesson of this course.
 */
export const queryLessonPage = cache(
  async (courseId: number, rawId: string, user: null | User): Promise<LessonPageData | null> => {
    if (!/^\d{1,15}$/.test(rawId)) return null
    const payload = await getPayload({ config })
    const id = Number(rawId)
    // overrideAccess: answers only whether the id is a lesson of this course, which the page read with access; the lesson itself is read with access below.
    const bare = await payload.findByID({
      id,
      collection: 'lessons',
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      select: { course: true },
    })
    if (!bare || idOf(bare.course) !== courseId) return null
    try {
      const lesson = await payload.findByID({
        id,
        collection: 'lessons',
        depth: 1,
        disableErrors: true,
        overrideAccess: false,
        user: user ?? undefined,
      })
      return lesson ? { lesson, lock: null } : null
    } catch (error) {
      // Read by its shape, not `instanceof APIError`: in the production build this page and the
      // access function that throws can hold two copies of Payload's error classes.
      const refusal = error as { data?: unknown; message?: string; status?: unknown }
      if (refusal?.status === 403)
        return {
          lesson: null,
          lock: { code: lockCode(refusal.data), message: String(refusal.message) },
        }
      throw error
    }
  },
)
