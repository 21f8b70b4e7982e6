import config from '@payload-config'
import type { Lesson, User } from '@payload-types'
import { APIError, getPayload } from 'payload'

import { idOf } from '../../../sites'

/** The lesson as its reader may open it, or why not (the lock's message), or null when it is not on this course. */
export type LessonPageData = { lesson: Lesson; locked: null } | { lesson: null; locked: string }

export async function queryLessonPage(courseId: number, rawId: string, user: null | User): Promise<LessonPageData | null> {
  if (!/^\d{1,15}$/.test(rawId)) return null
  const payload = await getPayload({ config })
  const id = Number(rawId)
  const bare = await payload.findByID({ collection: 'lessons', depth: 0, disableErrors: true, id, overrideAccess: true, select: { course: true } })
  if (!bare || idOf(bare.course) !== courseId) return null
  try {
    const lesson = await payload.findByID({ collection: 'lessons', depth: 1, disableErrors: true, id, overrideAccess: false, user: user ?? undefined })
    return lesson ? { lesson, locked: null } : null
  } catch (error) {
    if (error instanceof APIError && error.status === 403) return { lesson: null, locked: error.message }
    throw error
  }
}
