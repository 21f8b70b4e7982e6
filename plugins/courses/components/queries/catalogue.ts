import config from '@payload-config'
import type { Course } from '@payload-types'
import { getPayload, type Where } from 'payload'

import { courseLevels } from '../../roles'

export type CatalogueFilter = { level?: (typeof courseLevels)[number]; price?: 'free' | 'paid'; q?: string; tag?: string }

export type CatalogueCourse = Pick<Course, 'coverImage' | 'currency' | 'id' | 'level' | 'price' | 'slug' | 'summary' | 'tags' | 'title'> & { lessons: number; minutes: number }

/** Reads the filter from the query string; anything not understood is left out rather than guessed. */
export function catalogueFilter(params: Record<string, string | string[] | undefined>): CatalogueFilter {
  const one = (value: string | string[] | undefined) => (typeof value === 'string' && value.length <= 100 ? value.trim() || undefined : undefined)
  const level = one(params.level)
  const price = one(params.price)
  return {
    level: courseLevels.find((l) => l === level),
    price: price === 'free' || price === 'paid' ? price : undefined,
    q: one(params.q),
    tag: one(params.tag),
  }
}

/** Published courses of a site matching the filter, with their lesson count and total minutes, as an anonymous visitor sees them. */
export async function queryCatalogue(siteId: number, filter: CatalogueFilter): Promise<CatalogueCourse[]> {
  const payload = await getPayload({ config })
  const and: Where[] = [{ site: { equals: siteId } }, { status: { equals: 'published' } }]
  if (filter.level) and.push({ level: { equals: filter.level } })
  if (filter.tag) and.push({ tags: { equals: filter.tag } })
  if (filter.price === 'free') and.push({ or: [{ price: { equals: 0 } }, { price: { exists: false } }] })
  if (filter.price === 'paid') and.push({ price: { greater_than: 0 } })
  if (filter.q) and.push({ or: [{ title: { like: filter.q } }, { summary: { like: filter.q } }] })
  const { docs } = await payload.find({
    collection: 'courses',
    depth: 1,
    limit: 100,
    overrideAccess: false,
    select: { coverImage: true, currency: true, level: true, price: true, slug: true, summary: true, tags: true, title: true },
    sort: 'title',
    where: { and },
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
    const own = lessons.docs.filter((lesson) => lesson.course === course.id || (typeof lesson.course === 'object' && lesson.course?.id === course.id))
    return { ...course, lessons: own.length, minutes: own.reduce((sum, lesson) => sum + (lesson.durationMinutes ?? 0), 0) }
  })
}
