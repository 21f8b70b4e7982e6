import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { courseState, type CourseState } from './courseState'
import type { OpenLesson } from './openLesson'
import { writeLessonProgress } from './writeLessonProgress'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 12 characters of Crockford base32 (60 bits): unguessable, and easy to read out from a printed certificate. */
const certificateCode = (): string =>
  [...randomBytes(12)].map((byte) => CROCKFORD[byte % 32]).join('')

/**
 * Marks an open lesson complete and brings the enrollment up to date — percent, the lesson as where
 * the member left off, and with the last lesson the status `completed`, its date and the
 * certificate code. Completing a completed lesson writes nothing. Answers the course state after it.
 */
export async function completeLesson(req: PayloadRequest, open: OpenLesson): Promise<CourseState> {
  return writeLessonProgress(req, open, async (row, save) => {
    if (row?.completedAt) return open.state
    await save({ completedAt: new Date().toISOString() })
    const after = await courseState(req.payload, open.userId, open.courseId, req)
    const finished = after.percent === 100 && after.enrollment?.status !== 'completed'
    const enrollment = await req.payload.update({
      id: open.state.enrollment.id,
      collection: 'enrollments',
      data: {
        lastLesson: open.lessonId,
        progress: after.percent,
        ...(finished
          ? {
              certificateCode: certificateCode(),
              completedAt: new Date().toISOString(),
              status: 'completed' as const,
            }
          : {}),
      },
      depth: 0,
      // overrideAccess: the system fields of the member's own enrollment (found by `openLesson` for req.user), which members may not write.
      overrideAccess: true,
      req,
    })
    return { ...after, enrollment }
  })
}
