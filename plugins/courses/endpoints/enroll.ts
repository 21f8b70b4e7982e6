import {
  APIError,
  type Endpoint,
  NotFound,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload'

import type { Course, Member } from '@/payload-types'
import { inTransaction } from '@/src/db/inTransaction'
import { requireUser } from '@/src/http/requireUser'
import { idOf } from '../../sites'
import { createMemberProfile } from './createMemberProfile'
import { readableCourse } from './readableCourse'

const priceText = (course: Course) =>
  new Intl.NumberFormat('en', { currency: course.currency, style: 'currency' }).format(
    course.price ?? 0,
  )

/** Whether the member's subscription, still running, is one of the tiers that include the course. */
const tierIncludes = (course: Course, member: Member | undefined): boolean =>
  Boolean(
    member &&
    member.tier !== 'free' &&
    course.includedInTiers?.includes(member.tier) &&
    (!member.tierExpiresAt || new Date(member.tierExpiresAt) > new Date()),
  )

/** 409 when the user already has an enrollment in the course, whatever its status. */
async function refuseSecondEnrollment(
  req: PayloadRequest,
  userId: number,
  course: Course,
): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'enrollments',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
    user: req.user,
    where: { and: [{ user: { equals: userId } }, { course: { equals: course.id } }] },
  })
  if (!docs[0]) return
  const message =
    docs[0].status === 'expired'
      ? `Your enrollment in “${course.title}” has expired; the site team can renew it.`
      : `You are already enrolled in “${course.title}”.`
  throw new APIError(message, 409, undefined, true)
}

/**
 * `POST /api/courses/:id/enroll`: self-service enrollment in a published course. Free courses for
 * anyone signed in (source `self`); a paid one for members whose active subscription tier includes
 * it (source `subscription`), else 402 with the price (checkout or the site team enroll them). The
 * first enrollment on a site also creates the member's profile there. 201 `{ enrollment }`; 409
 * when already enrolled; 404 for a course the sender cannot see or that is not published.
 */
export const enrollEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'enroll')
    const course = await readableCourse(req)
    // Staff can read drafts; neither a draft nor an archived course takes enrollments.
    if (course.status !== 'published') throw new NotFound(req.t)
    const site = idOf(course.site)!
    await refuseSecondEnrollment(req, user.id, course)
    const { docs } = await req.payload.find({
      collection: 'members',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      req,
      user: req.user,
      where: { and: [{ user: { equals: user.id } }, { site: { equals: site } }] },
    })
    const member = docs[0]
    const source = !course.price ? 'self' : tierIncludes(course, member) ? 'subscription' : null
    if (!source) {
      const tiers = course.includedInTiers?.length
        ? `, or with a ${course.includedInTiers.join(' or ')} membership`
        : ''
      throw new APIError(
        `“${course.title}” costs ${priceText(course)}. Enrollment comes with checkout or from the site team${tiers}.`,
        402,
        { currency: course.currency, price: course.price },
        true,
      )
    }

    try {
      return await inTransaction(req, async () => {
        // No `site`: the sites plugin copies it from the course.
        const data = {
          course: course.id,
          enrolledAt: new Date().toISOString(),
          source,
          status: 'active',
          user: user.id,
        } as RequiredDataFromCollectionSlug<'enrollments'>
        // overrideAccess: members may not create enrollments (nor set `source`); the course was read with their access and the user is req.user.
        const enrollment = await req.payload.create({
          collection: 'enrollments',
          data,
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (!member) await createMemberProfile(req, user, site)
        return Response.json({ enrollment }, { status: 201 })
      })
    } catch (error) {
      // Two requests at once: the unique index refuses the second one; answer it as the check above would.
      await refuseSecondEnrollment(req, user.id, course)
      throw error
    }
  },
  method: 'post',
  path: '/:id/enroll',
}
