import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../sites'

/** One enrollment per member and course: a second one answers 409 and changes nothing (the unique index backs it up). */
export const rejectDuplicateEnrollment: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const user = idOf(data.user ?? originalDoc?.user)
  const course = idOf(data.course ?? originalDoc?.course)
  if (user === undefined || course === undefined) return data
  if (operation === 'update' && user === idOf(originalDoc?.user) && course === idOf(originalDoc?.course)) return data
  const { totalDocs } = await req.payload.count({
    collection: 'enrollments',
    overrideAccess: true,
    req,
    where: { and: [{ user: { equals: user } }, { course: { equals: course } }, ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] },
  })
  if (totalDocs > 0) throw new APIError('This member is already enrolled in this course.', 409, undefined, true)
  return data
}
