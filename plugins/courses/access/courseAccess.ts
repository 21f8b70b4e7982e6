import type { Access, CollectionConfig, CollectionSlug, Where } from 'payload'

import {
  allOf,
  anyOf,
  canCreateOnSite,
  isGlobalWriter,
  ownOrSiteRole,
  siteRoleWhere,
  siteScope,
  siteWriters,
} from '../../sites'
import { courseWriters } from '../roles'
import { canCreateUnder } from './canCreateUnder'

/**
 * Readable by anyone on the course's site once it is out of draft (`field` is where the course's
 * status lives: `status`, `course.status`); drafts only by the site's course writers.
 */
export const visibleCourses =
  (statusField: string): Access =>
  async ({ req }) => {
    const notDraft: Where = { [statusField]: { not_equals: 'draft' } }
    const writer = isGlobalWriter(req.user) || siteRoleWhere(req.user, courseWriters)
    return allOf(anyOf(writer, notDraft), await siteScope(req))
  }

/**
 * Courses, modules and lessons: the catalogue is public, its writers are the site's instructors,
 * editors and admins. `parent` names where a module or lesson takes its site from (its course, its
 * module): a writer of one site cannot file one under another site's course.
 */
export const catalogueAccess = (
  statusField: string,
  parent?: { field: string; relationTo: CollectionSlug },
): NonNullable<CollectionConfig['access']> => ({
  create: parent ? canCreateUnder(parent.field, parent.relationTo) : canCreateOnSite(courseWriters),
  delete: siteWriters(courseWriters),
  read: visibleCourses(statusField),
  update: siteWriters(courseWriters),
})

/** A learner's own records (`user`), and every record of the sites the user teaches or edits. */
export const ownOrTaught = ownOrSiteRole('user', courseWriters)
