import { APIError, NotFound, type PayloadRequest } from 'payload'

import { idOf } from '../../sites'
import { type CourseState, courseState } from './courseState'

export type OpenLesson = {
  courseId: number
  lessonId: number
  state: CourseState & { enrollment: NonNullable<CourseState['enrollment']> }
  userId: number
}

/**
 * A lesson the user may record progress in: readable to them (site, draft and lock rules of the
 * lessons collection: a locked lesson is a 403 with the reason), in a course they are enrolled in,
 * in an open module — or, with `previewOpens`, a free preview whatever its module (the video
 * position of a preview is no secret; its completion still waits for the module). 404 when the
 * lesson is not there for them, 403 `{ code }` otherwise.
 */
export async function openLesson(
  req: PayloadRequest,
  userId: number,
  lessonId: number,
  { previewOpens = false } = {},
): Promise<OpenLesson> {
  const lesson = await req.payload.findByID({
    id: lessonId,
    collection: 'lessons',
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    req,
    select: { course: true, freePreview: true, module: true },
    user: req.user,
  })
  if (!lesson) throw new NotFound(req.t)
  const courseId = idOf(lesson.course)!
  const state = await courseState(req.payload, userId, courseId, req)
  if (!state.enrollment)
    throw new APIError(
      'Enroll in this course to record your progress.',
      403,
      { code: 'not_enrolled' },
      true,
    )
  const module = state.modules.find((m) => m.id === idOf(lesson.module))
  if (module?.lockedBy && !(previewOpens && lesson.freePreview)) {
    const message =
      module.lockedBy === 'drip'
        ? `This lesson opens on ${new Date(module.unlocksAt!).toUTCString()}.`
        : 'Complete the previous module to open this lesson.'
    throw new APIError(message, 403, { code: module.lockedBy }, true)
  }
  return { courseId, lessonId, state: state as OpenLesson['state'], userId }
}
