import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { lessonLock } from '../progress/courseState'

/**
 * Opening one lesson by id (REST `GET /api/lessons/:id`, GraphQL `Lesson`, `findByID`) while it is
 * locked answers 403 with the reason, rather than the lesson without its body. Lists leave locked
 * bodies out instead (field access), so the syllabus stays readable.
 */
export const refuseLockedLesson: CollectionBeforeOperationHook<'lessons'> = async ({ args, operation, req }) => {
  const id = operation === 'read' && 'id' in args ? (args.id as number | string | undefined) : undefined
  if (id === undefined || id === null || ('overrideAccess' in args && args.overrideAccess)) return args
  const lesson = await req.payload.findByID({ collection: 'lessons', depth: 0, disableErrors: true, id, overrideAccess: true, req, select: { course: true, freePreview: true, module: true, site: true } })
  if (!lesson) return args
  const lock = await lessonLock(req, lesson)
  if (lock) throw new APIError(lock.message, 403, { code: lock.code }, true)
  return args
}
