import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config } from 'payload'

import { withLayoutBlocks } from '../../collections/fields/layoutBlocks'
import type { Course } from '../../payload-types'
import { revalidateSite } from '../../src/site/revalidate'
import { CourseCard } from './blocks/CourseCard/config'
import { CourseList } from './blocks/CourseList/config'

const onCards = (course: null | Partial<Course> | undefined) => course?.status === 'published'

/**
 * Course blocks sit on cached pages: when a course enters, leaves or changes in the catalogue
 * (published, archived, retitled, repriced), its site's pages are rendered again.
 */
const revalidateCourseBlocks: CollectionAfterChangeHook<Course> = async ({ doc, previousDoc, req }) => {
  if (onCards(doc) || onCards(previousDoc)) await revalidateSite(req, doc.site)
  return doc
}

const revalidateCourseBlocksOnDelete: CollectionAfterDeleteHook<Course> = async ({ doc, req }) => {
  if (onCards(doc)) await revalidateSite(req, doc.site)
  return doc
}

const withBlockRevalidation = (courses: CollectionConfig): CollectionConfig => ({
  ...courses,
  hooks: {
    ...courses.hooks,
    afterChange: [...(courses.hooks?.afterChange ?? []), revalidateCourseBlocks],
    afterDelete: [...(courses.hooks?.afterDelete ?? []), revalidateCourseBlocksOnDelete],
  },
})

/** Adds the CourseList and CourseCard blocks to the pages' layout, and keeps the pages that show them fresh. */
export const addCourseBlocks = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    if (collection.slug === 'pages') return withLayoutBlocks(collection, [CourseList, CourseCard])
    if (collection.slug === 'courses') return withBlockRevalidation(collection)
    return collection
  }),
})
