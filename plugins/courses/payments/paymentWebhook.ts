import type { Endpoint } from 'payload'

import { env } from '@/src/env'
import { readBody } from '@/src/http/readBody'
import { grantEnrollment } from './grantEnrollment'
import { revokeEnrollment } from './revokeEnrollment'
import { badRequest, idOfExpandable, parseEvent } from './stripeEvent'
import { signatureProblem } from './verifyStripeSignature'

/** Payment states of a Checkout Session in which the money is there (Stripe: fulfil on these only). */
const settled = new Set(['no_payment_required', 'paid'])

// Stripe's events are a few kilobytes; the body is read (and HMACed) before the signature is known good.
const MAX_BODY_BYTES = 256 * 1024

/**
 * `POST /api/courses/payment-webhook`, Stripe's events as Stripe documents fulfilment:
 * - `checkout.session.completed` enrolls the buyer when `payment_status` is `paid` (or
 *   `no_payment_required`); an `unpaid` one (an async method still settling) grants nothing yet;
 * - `checkout.session.async_payment_succeeded` enrolls; `…_failed` grants nothing, and revokes
 *   what the session may have granted;
 * - `charge.refunded` (in full) and `charge.dispute.created` revoke the enrollment the payment
 *   granted, found by its PaymentIntent.
 * Signature-checked with a 5-minute tolerance; every effect happens once per payment, so a
 * redelivery is answered `duplicate`. Other event types are acknowledged and ignored. Nothing is
 * ever sent to a payment provider from here.
 */
export const paymentWebhookEndpoint: Endpoint = {
  handler: async (req) => {
    const secret = env.coursesWebhookSecret
    if (!secret)
      return Response.json(
        { errors: [{ message: 'Payments are not configured (COURSES_WEBHOOK_SECRET).' }] },
        { status: 503 },
      )
    const raw = await readBody(req, MAX_BODY_BYTES)
    const problem = signatureProblem(req.headers.get('stripe-signature'), raw, secret)
    if (problem) throw badRequest(problem)
    const event = parseEvent(raw)
    const object = event.data?.object ?? {}
    const revocation = (reason: Parameters<typeof revokeEnrollment>[2]['reason']) => {
      if (!event.id) throw badRequest('The event has no id.')
      return { eventId: event.id, reason }
    }

    switch (event.type) {
      case 'checkout.session.completed':
        if (!settled.has(object.payment_status ?? ''))
          return Response.json({ pending: true, received: true })
        return Response.json(await grantEnrollment(req, object))
      case 'checkout.session.async_payment_succeeded':
        if (object.payment_status !== 'paid')
          throw badRequest(
            `The session's payment_status is "${object.payment_status ?? ''}", not "paid".`,
          )
        return Response.json(await grantEnrollment(req, object))
      case 'checkout.session.async_payment_failed':
        if (!object.id) throw badRequest('The checkout session has no id.')
        return Response.json(
          await revokeEnrollment(
            req,
            { 'payment.reference': { equals: object.id } },
            revocation('payment_failed'),
          ),
        )
      case 'charge.dispute.created':
      case 'charge.refunded': {
        // A partial refund leaves the access the rest still pays for.
        if (event.type === 'charge.refunded' && object.refunded !== true)
          return Response.json({ received: true, revoked: false })
        const paymentIntent = idOfExpandable(object.payment_intent)
        if (!paymentIntent) return Response.json({ received: true, revoked: false })
        const reason = event.type === 'charge.refunded' ? 'refund' : 'dispute'
        return Response.json(
          await revokeEnrollment(
            req,
            { 'payment.paymentIntent': { equals: paymentIntent } },
            revocation(reason),
          ),
        )
      }
      default:
        return Response.json({ ignored: true, received: true })
    }
  },
  method: 'post',
  path: '/payment-webhook',
}
