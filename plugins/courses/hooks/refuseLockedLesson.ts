import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { lessonLock } from '../progress/courseState'

/**
 * Opening one lesson by id (REST `GET /api/lessons/:id`, GraphQL `Lesson`, `findByID`) while it is
 * locked answers 403 with the reason, rather than the lesson without its body. Lists leave locked
 * bodies out instead (field access), so the syllabus stays readable. The lesson is looked up with
 * the reader's access first: one of another site or of a draft course stays a 404 and is never
 * confirmed by a lock.
 */
export const refuseLockedLesson: CollectionBeforeOperationHook<'lessons'> = async ({
  args,
  operation,
  req,
}) => {
  const id =
    operation === 'read' && 'id' in args ? (args.id as number | string | undefined) : undefined
  if (id === undefined || id === null || ('overrideAccess' in args && args.overrideAccess))
    return args
  // A `find`, not `findByID`: this hook only acts on reads by id, so it does not run again.
  const { docs } = await req.payload.find({
    collection: 'lessons',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    select: { course: true, freePreview: true, module: true, site: true },
    user: req.user,
    where: { id: { equals: id } },
  })
  const lesson = docs[0]
  if (!lesson) return args
  const lock = await lessonLock(req, lesson)
  if (lock) throw new APIError(lock.message, 403, { code: lock.code }, true)
  return args
}
