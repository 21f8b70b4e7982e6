import { createHmac, timingSafeEqual } from 'node:crypto'

/** Stripe's default tolerance: a signed delivery older than this is refused, so a captured one cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/**
 * Checks a `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` header
 * (several v1 entries allowed, as during a secret rotation). Returns what is wrong, or null.
 */
export function signatureProblem(
  header: null | string,
  rawBody: string,
  secret: string,
  now = Date.now(),
): null | string {
  if (!header) return 'The Stripe-Signature header is missing.'
  const parts = header.split(',').map((part) => part.split('=', 2) as [string, string])
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1])
  const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value)
  if (!Number.isInteger(timestamp) || !signatures.length)
    return 'The Stripe-Signature header is malformed.'
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return 'The signature is too old (or from the future): the delivery is refused.'
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest()
  const matches = signatures.some(
    (hex) => /^[0-9a-f]{64}$/.test(hex) && timingSafeEqual(Buffer.from(hex, 'hex'), expected),
  )
  return matches ? null : 'The signature does not match the body.'
}
