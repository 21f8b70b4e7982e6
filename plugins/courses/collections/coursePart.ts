import type { CollectionConfig, CollectionSlug } from 'payload'

import { catalogueAccess } from '../access/courseAccess'
import { courseWriters } from '../roles'

/**
 * The access and site of a part of a course (a module, a lesson): it takes its site from `parent`
 * (its course, its module), is readable with its course once that is out of draft, and is written
 * by the course's writers.
 */
export const coursePart = (parent: {
  field: string
  relationTo: CollectionSlug
}): Pick<CollectionConfig, 'access' | 'custom'> => ({
  access: catalogueAccess('course.status', parent),
  custom: { site: { keepAccess: true, roles: courseWriters, siteFrom: parent } },
})
