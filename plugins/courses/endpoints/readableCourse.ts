import { APIError, NotFound, type PayloadRequest } from 'payload'

import type { Course } from '@/payload-types'

/** `:id` as a positive integer, else 400 naming it. */
export function routeId(req: PayloadRequest, what: string): number {
  const id = Number(req.routeParams?.id)
  if (!Number.isSafeInteger(id) || id < 1)
    throw new APIError(`"id" must be a ${what} id.`, 400, undefined, true)
  return id
}

/** The course as the sender may read it (site scope, drafts for staff only); 404 otherwise. */
export async function readableCourse(req: PayloadRequest): Promise<Course> {
  const course = await req.payload.findByID({
    id: routeId(req, 'course'),
    collection: 'courses',
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    req,
    user: req.user,
  })
  if (!course) throw new NotFound(req.t)
  return course
}
