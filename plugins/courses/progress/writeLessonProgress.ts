import type { PayloadRequest } from 'payload'

import type { LessonProgress } from '@/payload-types'
import { inTransaction } from '@/src/db/inTransaction'
import { lockRow } from '@/src/db/lockRow'
import { idOf } from '../../sites'
import type { OpenLesson } from './openLesson'

type ProgressChange = Partial<Pick<LessonProgress, 'completedAt' | 'positionSeconds'>>

/**
 * Runs `work` on the member's progress row in an open lesson (null before the first write), in one
 * transaction with their enrollment row locked: the video beacon, the position endpoint and
 * completions of one member in one course go one at a time, so two requests at once can neither
 * create a second row (a unique violation) nor issue a second certificate code. `save` creates or
 * updates the row.
 */
export async function writeLessonProgress<T>(
  req: PayloadRequest,
  open: OpenLesson,
  work: (row: LessonProgress | null, save: (change: ProgressChange) => Promise<void>) => Promise<T>,
): Promise<T> {
  const { courseId, lessonId, state, userId } = open
  return inTransaction(req, async () => {
    await lockRow(req, 'enrollments', state.enrollment.id)
    // overrideAccess (here and in `save`): progress rows are written only by this code (collection access is closed); user, lesson and enrollment come from `openLesson`, which read the lesson with the user's access.
    const { docs } = await req.payload.find({
      collection: 'lesson-progress',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { and: [{ user: { equals: userId } }, { lesson: { equals: lessonId } }] },
    })
    const row = docs[0] ?? null
    const save = async (change: ProgressChange) => {
      if (row)
        await req.payload.update({
          id: row.id,
          collection: 'lesson-progress',
          data: change,
          depth: 0,
          overrideAccess: true,
          req,
        })
      else
        await req.payload.create({
          collection: 'lesson-progress',
          data: {
            ...change,
            course: courseId,
            enrollment: state.enrollment.id,
            lesson: lessonId,
            site: idOf(state.enrollment.site)!,
            user: userId,
          },
          depth: 0,
          overrideAccess: true,
          req,
        })
    }
    return work(row, save)
  })
}
