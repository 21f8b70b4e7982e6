import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import type { Enrollment } from '@/payload-types'
import { grantsAccess } from '../progress/courseState'
import { badRequest, type CheckoutSession, idOfExpandable } from './stripeEvent'

export type GrantAnswer =
  | { alreadyEnrolled: true; received: true; refundDue: true }
  | { duplicate: true; received: true }
  | { enrolled: true; received: true }
  | { received: true; renewed: true }

/**
 * Enrolls the buyer of a paid Checkout Session (its payment settled: the caller checks
 * `payment_status`). The session carries `metadata.courseId` and `metadata.userId` (or the user id
 * as `client_reference_id`); the amount must cover the course's price in its currency. A session
 * delivered twice enrolls once; a new payment renews an enrollment that no longer grants access
 * (expired or revoked), and one for access the buyer still has is answered `refundDue`.
 */
export async function grantEnrollment(
  req: PayloadRequest,
  session: CheckoutSession,
): Promise<GrantAnswer> {
  if (!session.id) throw badRequest('The checkout session has no id.')
  const courseId = Number(session.metadata?.courseId)
  const userId = Number(session.metadata?.userId ?? session.client_reference_id)
  // Both ids come from the signature-verified session the site created with the provider; the
  // request itself has no user (the provider calls).
  const course = Number.isSafeInteger(courseId)
    ? await req.payload.findByID({
        id: courseId,
        collection: 'courses',
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })
    : null
  if (!course || course.status !== 'published')
    throw badRequest(
      `Unknown or unpublished course "${session.metadata?.courseId ?? ''}" in metadata.courseId.`,
    )
  const user = Number.isSafeInteger(userId)
    ? await req.payload.findByID({
        id: userId,
        collection: 'users',
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })
    : null
  if (!user)
    throw badRequest(
      `Unknown user "${session.metadata?.userId ?? session.client_reference_id ?? ''}" in metadata.userId.`,
    )
  const price = Math.round((course.price ?? 0) * 100)
  if (
    (session.currency ?? '').toUpperCase() !== course.currency ||
    (session.amount_total ?? 0) < price
  ) {
    throw badRequest(
      `Paid ${session.amount_total ?? 0} ${(session.currency ?? '?').toUpperCase()} (minor units) for a course of ${price} ${course.currency}.`,
    )
  }

  // The PaymentIntent is what a later refund or dispute names: kept to find this enrollment then.
  const payment = {
    amount: session.amount_total,
    currency: course.currency,
    paymentIntent: idOfExpandable(session.payment_intent),
    provider: 'stripe',
    reference: session.id,
  }
  const existing = async () =>
    (
      await req.payload.find({
        collection: 'enrollments',
        depth: 0,
        limit: 1,
        // The verified session's id and the user and course it paid for, found above.
        overrideAccess: true,
        req,
        where: {
          or: [
            { 'payment.reference': { equals: session.id } },
            { and: [{ user: { equals: user.id } }, { course: { equals: course.id } }] },
          ],
        },
      })
    ).docs[0]
  /** What a payment means for a buyer who already has an enrollment in the course. */
  const settle = async (enrollment: Enrollment): Promise<GrantAnswer> => {
    // Also after a refund revoked it: replaying the old session grants nothing again.
    if (enrollment.payment?.reference === session.id) return { duplicate: true, received: true }
    if (grantsAccess(enrollment)) {
      // Paid twice for access they have: the money has to go back, which only the site team can do.
      req.payload.logger.warn(
        `Checkout ${session.id}: user ${user.id} is already enrolled in course ${course.id} (enrollment ${enrollment.id}); refund it.`,
      )
      return { alreadyEnrolled: true, received: true, refundDue: true }
    }
    await req.payload.update({
      id: enrollment.id,
      collection: 'enrollments',
      data: {
        expiresAt: null,
        payment,
        source: 'payment',
        status: enrollment.completedAt ? 'completed' : 'active',
      },
      // The buyer's own enrollment in the course the verified session paid for.
      overrideAccess: true,
      req,
    })
    return { received: true, renewed: true }
  }

  const before = await existing()
  if (before) return settle(before)
  // No `site`: the sites plugin copies it from the course. Sent along by this anonymous REST
  // request, the multi-tenant plugin would refuse it as a site the sender has no role on.
  const data: Omit<RequiredDataFromCollectionSlug<'enrollments'>, 'site'> = {
    course: course.id,
    enrolledAt: new Date().toISOString(),
    payment,
    source: 'payment',
    status: 'active',
    user: user.id,
  }
  try {
    // The system-only `source` and `payment` are the webhook's to write; user and course were checked above.
    await req.payload.create({
      collection: 'enrollments',
      data: data as RequiredDataFromCollectionSlug<'enrollments'>,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // Stripe retries concurrently too: the other delivery won the race (the duplicate hook's 409
    // or the unique index on user and course refused this one).
    const winner = await existing()
    if (winner) return settle(winner)
    throw error
  }
  return { enrolled: true, received: true }
}
