import type { Payload } from 'payload'

import type { Course, Lesson, User } from '../../payload-types'
import { DEMO_PASSWORD } from '../../src/seed'
import { siteIdOf } from '../../tests/helpers/sites'
import { login } from '../../tests/helpers/users'

/** Requests through ozean-licht's host, as its pages send them. */
export const onSite = { host: 'ozean-licht.localhost' }

/** Payload's error body, with the `data` the course endpoints add (`code` of a lock, `price` of a paid course). */
export type ErrorBody = {
  errors?: { data?: { code?: string; currency?: string; price?: number } | null; message: string }[]
}

export const errorCode = (body: unknown): string | undefined =>
  (body as ErrorBody).errors?.[0]?.data?.code

export type Catalogue = {
  free: Course
  lesson: (title: string) => Lesson
  paid: Course
  site: number
  /** A JWT of a seeded ozean-licht user (member, instructor) or the super-admin. */
  tokenOf: (email: string) => Promise<string>
  userOf: (email: string) => Promise<User>
}

/**
 * The seeded Ozean Licht catalogue: `breathing-with-the-ocean` (free; Arriving: "Arriving in the
 * breath" (preview), "The long exhale"; Waves (requires the previous module): "Breathing with the
 * waves", "Letting the breath breathe"; One week later (drip 7 days): "Taking it into the day") and
 * `light-on-water` (49 EUR, included in premium; "Seeing light on water" (preview), "Drawing from memory").
 */
export async function loadCatalogue(payload: Payload): Promise<Catalogue> {
  const site = await siteIdOf(payload, 'ozean-licht')
  const courses = (
    await payload.find({ collection: 'courses', depth: 0, where: { site: { equals: site } } })
  ).docs
  const lessons = (
    await payload.find({
      collection: 'lessons',
      depth: 0,
      limit: 0,
      pagination: false,
      where: { site: { equals: site } },
    })
  ).docs
  const bySlug = (slug: string) => courses.find((course) => course.slug === slug)!
  return {
    free: bySlug('breathing-with-the-ocean'),
    lesson: (title) => lessons.find((lesson) => lesson.title === title)!,
    paid: bySlug('light-on-water'),
    site,
    tokenOf: (email) => login(payload, email, DEMO_PASSWORD),
    userOf: async (email) =>
      (
        await payload.find({
          collection: 'users',
          depth: 0,
          limit: 1,
          where: { email: { equals: email } },
        })
      ).docs[0],
  }
}
