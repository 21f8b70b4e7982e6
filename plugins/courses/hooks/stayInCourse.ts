import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../sites'

/**
 * A module belongs to one course for life, and a lesson may move between the modules of its own
 * course only: progress, enrollments and certificates all hang off the course. 400 otherwise.
 * Lessons also carry their module's course (and site), so access rules and queries need no join.
 */
export const stayInCourse: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (collection.slug === 'modules') {
    if (operation === 'update' && data.course !== undefined && idOf(data.course) !== idOf(originalDoc?.course)) {
      throw new APIError('A module cannot move to another course. Create it in that course instead.', 400)
    }
    return data
  }
  const moduleId = idOf(data.module ?? originalDoc?.module)
  const module = moduleId === undefined ? null : await req.payload.findByID({ collection: 'modules', depth: 0, disableErrors: true, id: moduleId, overrideAccess: true, req })
  if (!module) throw new APIError('Choose the module this lesson belongs to.', 400)
  if (operation === 'update' && idOf(module.course) !== idOf(originalDoc?.course)) {
    throw new APIError('A lesson can move between the modules of its own course only.', 400)
  }
  return { ...data, course: idOf(module.course), site: idOf(module.site) }
}
