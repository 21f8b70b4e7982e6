import { APIError, type Endpoint, type RequiredDataFromCollectionSlug } from 'payload'

import type { Enrollment } from '../../../payload-types'
import { env } from '../../../src/env'
import { readBody } from '../../../src/http/readBody'
import { grantsAccess } from '../progress/courseState'
import { signatureProblem } from './verifyStripeSignature'

type CheckoutSession = {
  amount_total?: number
  client_reference_id?: null | string
  currency?: string
  id?: string
  metadata?: { courseId?: string; userId?: string } | null
}

// Stripe's events are a few kilobytes; the body is read (and HMACed) before the signature is known good.
const MAX_BODY_BYTES = 256 * 1024

const bad = (message: string) => new APIError(message, 400, undefined, true)

/**
 * `POST /api/courses/payment-webhook`: Stripe's `checkout.session.completed` enrolls the buyer.
 * The Checkout Session carries `metadata.courseId` and `metadata.userId` (or the user id as
 * `client_reference_id`); the amount must cover the course's price in its currency. A session
 * delivered twice enrolls once; a new payment renews an expired enrollment, and one for access the
 * buyer still has is answered `refundDue`. Other event types are acknowledged and ignored. Nothing
 * is ever sent to a payment provider from here.
 */
export const paymentWebhookEndpoint: Endpoint = {
  handler: async (req) => {
    const secret = env.coursesWebhookSecret
    if (!secret) return Response.json({ errors: [{ message: 'Payments are not configured (COURSES_WEBHOOK_SECRET).' }] }, { status: 503 })
    const raw = await readBody(req, MAX_BODY_BYTES)
    const problem = signatureProblem(req.headers.get('stripe-signature'), raw, secret)
    if (problem) throw bad(problem)
    let event: { data?: { object?: CheckoutSession }; type?: string }
    try {
      event = JSON.parse(raw)
    } catch {
      throw bad('The body is not JSON.')
    }
    if (event.type !== 'checkout.session.completed') return Response.json({ ignored: true, received: true })

    const session = event.data?.object ?? {}
    if (!session.id) throw bad('The checkout session has no id.')
    const courseId = Number(session.metadata?.courseId)
    const userId = Number(session.metadata?.userId ?? session.client_reference_id)
    const course = Number.isSafeInteger(courseId) ? await req.payload.findByID({ collection: 'courses', depth: 0, disableErrors: true, id: courseId, overrideAccess: true, req }) : null
    if (!course || course.status !== 'published') throw bad(`Unknown or unpublished course "${session.metadata?.courseId ?? ''}" in metadata.courseId.`)
    const user = Number.isSafeInteger(userId) ? await req.payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id: userId, overrideAccess: true, req }) : null
    if (!user) throw bad(`Unknown user "${session.metadata?.userId ?? session.client_reference_id ?? ''}" in metadata.userId.`)
    const price = Math.round((course.price ?? 0) * 100)
    if ((session.currency ?? '').toUpperCase() !== course.currency || (session.amount_total ?? 0) < price) {
      throw bad(`Paid ${session.amount_total ?? 0} ${(session.currency ?? '?').toUpperCase()} (minor units) for a course of ${price} ${course.currency}.`)
    }

    const payment = { amount: session.amount_total, currency: course.currency, provider: 'stripe', reference: session.id }
    const existing = async () =>
      (
        await req.payload.find({
          collection: 'enrollments',
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
          where: { or: [{ 'payment.reference': { equals: session.id } }, { and: [{ user: { equals: user.id } }, { course: { equals: course.id } }] }] },
        })
      ).docs[0]
    /** What a payment means for a buyer who already has an enrollment in the course. */
    const settle = async (enrollment: Enrollment): Promise<Response> => {
      if (enrollment.payment?.reference === session.id) return Response.json({ duplicate: true, received: true })
      if (grantsAccess(enrollment)) {
        // Paid twice for access they have: the money has to go back, which only the site team can do.
        req.payload.logger.warn(`Checkout ${session.id}: user ${user.id} is already enrolled in course ${course.id} (enrollment ${enrollment.id}); refund it.`)
        return Response.json({ alreadyEnrolled: true, received: true, refundDue: true })
      }
      await req.payload.update({
        collection: 'enrollments',
        data: { expiresAt: null, payment, source: 'payment', status: enrollment.completedAt ? 'completed' : 'active' },
        id: enrollment.id,
        overrideAccess: true,
        req,
      })
      return Response.json({ received: true, renewed: true })
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
      await req.payload.create({ collection: 'enrollments', data: data as RequiredDataFromCollectionSlug<'enrollments'>, overrideAccess: true, req })
    } catch (error) {
      // Stripe retries concurrently too: the other delivery won the race (the duplicate hook's 409
      // or the unique index on user and course refused this one).
      const winner = await existing()
      if (winner) return settle(winner)
      throw error
    }
    return Response.json({ enrolled: true, received: true })
  },
  method: 'post',
  path: '/payment-webhook',
}
