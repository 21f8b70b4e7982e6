import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../sites'

/** One enrollment per member and course: a second one answers 409 and changes nothing (the unique index backs it up). */
export const rejectDuplicateEnrollment: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  // Member and course never change after create (`fixedAfterCreate`).
  if (operation !== 'create') return data
  const user = idOf(data.user)
  const course = idOf(data.course)
  if (user === undefined || course === undefined) return data
  const { totalDocs } = await req.payload.count({
    collection: 'enrollments',
    // overrideAccess: a count of this member in a course that create access already let the sender enroll into; it only decides the 409.
    overrideAccess: true,
    req,
    where: { and: [{ user: { equals: user } }, { course: { equals: course } }] },
  })
  if (totalDocs > 0)
    throw new APIError('This member is already enrolled in this course.', 409, undefined, true)
  return data
}
