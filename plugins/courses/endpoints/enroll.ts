import { APIError, commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'

import type { Course, Member } from '../../../payload-types'
import { idOf } from '../../sites'
import { readableCourse, signedInUser } from './readableCourse'

const activeTier = (member: Member | undefined): Member['tier'] | null =>
  member && (!member.tierExpiresAt || new Date(member.tierExpiresAt) > new Date()) ? member.tier : null

const priceText = (course: Course) => new Intl.NumberFormat('en', { currency: course.currency, style: 'currency' }).format(course.price ?? 0)

/**
 * `POST /api/courses/:id/enroll`: self-service enrollment. Free courses for anyone signed in; a
 * paid one for members whose active subscription tier includes it, else 402 with the price (a site
 * admin grants it, or the payment webhook does). The first enrollment on a site also creates the
 * member's profile there. 201 `{ enrollment }`; 409 when already enrolled.
 */
export const enrollEndpoint: Endpoint = {
  handler: async (req) => {
    const user = signedInUser(req, 'enroll')
    const course = await readableCourse(req)
    if (course.status !== 'published') throw new APIError(`“${course.title}” is archived and takes no new enrollments.`, 400, undefined, true)
    const site = idOf(course.site)!
    const { docs } = await req.payload.find({ collection: 'members', depth: 0, limit: 1, overrideAccess: true, req, where: { and: [{ user: { equals: user.id } }, { site: { equals: site } }] } })
    const member = docs[0]
    const tier = activeTier(member)
    const free = !course.price
    if (!free && !(tier && tier !== 'free' && course.includedInTiers?.includes(tier))) {
      throw new APIError(
        `“${course.title}” costs ${priceText(course)}. Enrollment comes with checkout or from the site team${course.includedInTiers?.length ? `, or with a ${course.includedInTiers.join(' or ')} membership` : ''}.`,
        402,
        { currency: course.currency, price: course.price },
        true,
      )
    }
    const shouldCommit = await initTransaction(req)
    try {
      const enrollment = await req.payload.create({
        collection: 'enrollments',
        data: { course: course.id, enrolledAt: new Date().toISOString(), site, source: free ? 'self' : 'subscription', status: 'active', user: user.id },
        overrideAccess: true,
        req,
      })
      if (!member) await req.payload.create({ collection: 'members', data: { displayName: user.name, site, tier: 'free', user: user.id }, overrideAccess: true, req })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ enrollment }, { status: 201 })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
  method: 'post',
  path: '/:id/enroll',
}
