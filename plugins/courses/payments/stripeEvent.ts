import { APIError } from 'payload'

/** A Stripe id, or the object it names when the event was created with `expand`. */
type Expandable = null | string | { id?: string }

/** The fields of a Checkout Session the webhook reads. */
export type CheckoutSession = {
  amount_total?: number
  client_reference_id?: null | string
  currency?: string
  id?: string
  metadata?: { courseId?: string; userId?: string } | null
  /** The PaymentIntent of a `payment` mode session: what refunds and disputes name later. */
  payment_intent?: Expandable
  /** `paid`, `unpaid` (an async method such as SEPA debit still settling) or `no_payment_required`. */
  payment_status?: string
}

/** The fields of a Charge (`charge.refunded`) and a Dispute (`charge.dispute.created`) the webhook reads. */
export type ChargeOrDispute = { id?: string; payment_intent?: Expandable; refunded?: boolean }

export type StripeEvent = {
  data?: { object?: CheckoutSession & ChargeOrDispute }
  id?: string
  type?: string
}

export const badRequest = (message: string) => new APIError(message, 400, undefined, true)

export const idOfExpandable = (value: Expandable | undefined): null | string =>
  typeof value === 'string' ? value : (value?.id ?? null)

/** The event in a delivery whose signature was checked; 400 naming what is wrong otherwise. */
export function parseEvent(raw: string): StripeEvent {
  let event: unknown
  try {
    event = JSON.parse(raw)
  } catch {
    throw badRequest('The body is not JSON.')
  }
  if (!event || typeof event !== 'object') throw badRequest('The body is not a Stripe event.')
  return event as StripeEvent
}
