import type { RelationshipFieldSingleValidation } from 'payload'
import { relationship } from 'payload/shared'

import { hasSiteRole, idOf, isGlobalWriter } from '../../sites'
import { courseWriters } from '../roles'

/**
 * A course's instructor teaches on the course's site (its admin, editor or instructor, or a global
 * writer): their name is shown on the course page and its certificates, so an editor cannot put
 * any other account's name there by id.
 */
export const validInstructor: RelationshipFieldSingleValidation = async (value, options) => {
  const standard = await relationship(value, options)
  if (standard !== true) return standard
  const { data, req } = options
  const id = idOf(value)
  if (id === undefined) return true
  // overrideAccess: reads the chosen user's roles to decide; nothing of the user is returned.
  const user = await req.payload.findByID({
    id,
    collection: 'users',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { roles: true, sites: true },
  })
  const site = idOf((data as { site?: unknown } | undefined)?.site)
  return user &&
    site !== undefined &&
    (isGlobalWriter(user) || hasSiteRole(user, site, courseWriters))
    ? true
    : 'The instructor must be an instructor, editor or admin of this course’s site.'
}
