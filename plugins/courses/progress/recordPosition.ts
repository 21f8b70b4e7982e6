import type { PayloadRequest } from 'payload'

import { idOf } from '../../sites'
import type { OpenLesson } from './openLesson'
import { writeLessonProgress } from './writeLessonProgress'

/**
 * Keeps where the member is in a lesson's video (whole seconds) and the lesson as where they left
 * off in the course, for "resume". Writes only what changed: the beacon repeats itself while a
 * video is paused.
 */
export async function recordPosition(
  req: PayloadRequest,
  open: OpenLesson,
  seconds: number,
): Promise<void> {
  await writeLessonProgress(req, open, async (row, save) => {
    if (row?.positionSeconds !== seconds) await save({ positionSeconds: seconds })
    if (idOf(open.state.enrollment.lastLesson) !== open.lessonId) {
      // overrideAccess: `lastLesson` is a system field of the member's own enrollment, found by `openLesson` for req.user.
      await req.payload.update({
        id: open.state.enrollment.id,
        collection: 'enrollments',
        data: { lastLesson: open.lessonId },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  })
}
