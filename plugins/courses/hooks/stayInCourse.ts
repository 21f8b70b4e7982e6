import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../sites'

/**
 * A lesson may move between the modules of its own course only: progress, enrollments and
 * certificates all hang off the course. 400 otherwise. Lessons also carry their module's course
 * (and site), so access rules and queries need no join. (A module's course is fixed for life by
 * `fixedAfterCreate`; create access already checked that the module is on a site the user writes.)
 */
export const stayInCourse: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const moduleId = idOf(data.module ?? originalDoc?.module)
  // overrideAccess: reads the module's course and site to copy or compare them; a module of another course is refused below, and create access checked its site.
  const module =
    moduleId === undefined
      ? null
      : await req.payload.findByID({
          id: moduleId,
          collection: 'modules',
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
        })
  if (!module) throw new APIError('Choose the module this lesson belongs to.', 400)
  if (operation === 'update' && idOf(module.course) !== idOf(originalDoc?.course)) {
    throw new APIError('A lesson can move between the modules of its own course only.', 400)
  }
  return { ...data, course: idOf(module.course), site: idOf(module.site) }
}
