import type { Payload, Where } from 'payload'

import { siteOrigin } from '@/src/site/hosts/siteOrigin'
import { idOf } from '../../sites'

/** What a certificate states; public to anyone who has its code (no email, nothing else of the member). */
export type Certificate = {
  code: string
  completedAt: string
  courseSlug: string
  courseTitle: string
  instructor: null | string
  memberName: string
  siteName: string
  verifyUrl: string
}

const CODE = /^[0-9A-Z]{12}$/

/**
 * The completed enrollment behind a certificate code, or null (unknown, malformed, not completed,
 * or issued by a site outside `siteIds`: each site vouches only for its own; `null` for no limit).
 * Read with overrideAccess: the code (60 random bits) is what opens it to anyone, and every further
 * read follows ids of that one enrollment and returns only what the certificate states.
 */
export async function findCertificate(
  payload: Payload,
  rawCode: string,
  siteIds: null | number[],
): Promise<Certificate | null> {
  const code = rawCode.toUpperCase()
  if (!CODE.test(code) || siteIds?.length === 0) return null
  const where: Where = {
    and: [
      { certificateCode: { equals: code } },
      { status: { equals: 'completed' } },
      ...(siteIds ? [{ site: { in: siteIds } }] : []),
    ],
  }
  const { docs } = await payload.find({
    collection: 'enrollments',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where,
  })
  const enrollment = docs[0]
  if (!enrollment?.completedAt) return null
  const [course, user, site] = await Promise.all([
    payload.findByID({
      id: idOf(enrollment.course)!,
      collection: 'courses',
      depth: 1,
      overrideAccess: true,
    }),
    payload.findByID({
      id: idOf(enrollment.user)!,
      collection: 'users',
      depth: 0,
      overrideAccess: true,
    }),
    payload.findByID({
      id: idOf(enrollment.site)!,
      collection: 'sites',
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const { docs: members } = await payload.find({
    collection: 'members',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { and: [{ user: { equals: user.id } }, { site: { equals: site.id } }] },
  })
  return {
    code,
    completedAt: enrollment.completedAt,
    courseSlug: course.slug,
    courseTitle: course.title,
    instructor:
      course.instructor && typeof course.instructor === 'object' ? course.instructor.name : null,
    memberName: members[0]?.displayName || user.name,
    siteName: site.name,
    verifyUrl: `${siteOrigin(site)}/certificates/${code}`,
  }
}
