import type { Payload } from 'payload'

import { siteOrigin } from '../../../src/site/hosts/siteOrigin'
import { idOf } from '../../sites'

/** What a certificate states; public to anyone who has its code (no email, nothing else of the member). */
export type Certificate = { code: string; completedAt: string; courseSlug: string; courseTitle: string; instructor: null | string; memberName: string; siteName: string; verifyUrl: string }

const CODE = /^[0-9A-Z]{12}$/

/** The completed enrollment behind a certificate code, or null (unknown, malformed, or not completed). */
export async function findCertificate(payload: Payload, rawCode: string): Promise<Certificate | null> {
  const code = rawCode.toUpperCase()
  if (!CODE.test(code)) return null
  const { docs } = await payload.find({ collection: 'enrollments', depth: 0, limit: 1, overrideAccess: true, where: { and: [{ certificateCode: { equals: code } }, { status: { equals: 'completed' } }] } })
  const enrollment = docs[0]
  if (!enrollment?.completedAt) return null
  const [course, user, site] = await Promise.all([
    payload.findByID({ collection: 'courses', depth: 1, id: idOf(enrollment.course)!, overrideAccess: true }),
    payload.findByID({ collection: 'users', depth: 0, id: idOf(enrollment.user)!, overrideAccess: true }),
    payload.findByID({ collection: 'sites', depth: 0, id: idOf(enrollment.site)!, overrideAccess: true }),
  ])
  const { docs: members } = await payload.find({ collection: 'members', depth: 0, limit: 1, overrideAccess: true, where: { and: [{ user: { equals: user.id } }, { site: { equals: site.id } }] } })
  return {
    code,
    completedAt: enrollment.completedAt,
    courseSlug: course.slug,
    courseTitle: course.title,
    instructor: course.instructor && typeof course.instructor === 'object' ? course.instructor.name : null,
    memberName: members[0]?.displayName || user.name,
    siteName: site.name,
    verifyUrl: `${siteOrigin(site)}/certificates/${code}`,
  }
}
