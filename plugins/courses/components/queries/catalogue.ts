import config from '@payload-config'
import type { Course } from '@payload-types'
import { getPayload, type Sort, type Where } from 'payload'

import { idOf } from '@/plugins/sites'
import { courseLevels } from '../../levels'

export type CatalogueFilter = {
  level?: (typeof courseLevels)[number]
  price?: 'free' | 'paid'
  q?: string
  tag?: string
}

export type CatalogueCourse = Pick<
  Course,
  'coverImage' | 'currency' | 'id' | 'level' | 'price' | 'slug' | 'summary' | 'tags' | 'title'
> & { lessons: number; minutes: number }

/** Reads the filter from the query string; anything not understood is left out rather than guessed. */
export function catalogueFilter(
  params: Record<string, string | string[] | undefined>,
): CatalogueFilter {
  const one = (value: string | string[] | undefined) =>
    typeof value === 'string' && value.length <= 100 ? value.trim() || undefined : undefined
  const level = one(params.level)
  const price = one(params.price)
  return {
    level: courseLevels.find((l) => l === level),
    price: price === 'free' || price === 'paid' ? price : undefined,
    q: one(params.q),
    tag: one(params.tag),
  }
}

/** The site's published courses (never drafts or archived ones) narrowed by the filter. */
export function catalogueWhere(siteId: number, filter: CatalogueFilter = {}): Where {
  const and: Where[] = [{ site: { equals: siteId } }, { status: { equals: 'published' } }]
  if (filter.level) and.push({ level: { equals: filter.level } })
  if (filter.tag) and.push({ tags: { equals: filter.tag } })
  if (filter.price === 'free')
    and.push({ or: [{ price: { equals: 0 } }, { price: { exists: false } }] })
  if (filter.price === 'paid') and.push({ price: { greater_than: 0 } })
  if (filter.q) and.push({ or: [{ title: { like: filter.q } }, { summary: { like: filter.q } }] })
  return { and }
}

/** Courses as cards show them, with their lesson count and total minutes, read as an anonymous visitor reads them. */
export async function queryCourseCards(
  where: Where,
  { limit = 100, sort = 'title' }: { limit?: number; sort?: Sort } = {},
): Promise<CatalogueCourse[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'courses',
    depth: 1,
    limit,
    overrideAccess: false,
    select: {
      slug: true,
      coverImage: true,
      currency: true,
      level: true,
      price: true,
      summary: true,
      tags: true,
      title: true,
    },
    sort,
    where,
  })
  if (!docs.length) return []
  const lessons = await payload.find({
    collection: 'lessons',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    select: { course: true, durationMinutes: true },
    where: { course: { in: docs.map((course) => course.id) } },
  })
  return docs.map((course) => {
    const own = lessons.docs.filter((lesson) => idOf(lesson.course) === course.id)
    return {
      ...course,
      lessons: own.length,
      minutes: own.reduce((sum, lesson) => sum + (lesson.durationMinutes ?? 0), 0),
    }
  })
}

/** `/courses`: the catalogue matching the filter, by title. */
export const queryCatalogue = (
  siteId: number,
  filter: CatalogueFilter,
): Promise<CatalogueCourse[]> => queryCourseCards(catalogueWhere(siteId, filter))

/** Every tag of the site's published courses, for the topic filter. */
export async function queryCourseTags(siteId: number): Promise<string[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'courses',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    select: { tags: true },
    where: catalogueWhere(siteId),
  })
  return [...new Set(docs.flatMap((course) => course.tags ?? []))].sort()
}
