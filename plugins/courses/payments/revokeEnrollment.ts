import type { PayloadRequest, Where } from 'payload'

import type { Enrollment } from '@/payload-types'

export type RevocationReason = NonNullable<NonNullable<Enrollment['revocation']>['reason']>

export type Revocation = { eventId: string; reason: RevocationReason }

export type RevokeAnswer =
  { duplicate: true; received: true } | { received: true; revoked: boolean }

/**
 * Takes back the access a payment granted: the enrollment whose recorded payment matches (the
 * PaymentIntent a refund or dispute names, or the Checkout Session whose async payment failed)
 * becomes `revoked`, with when, why and which provider event said so. A revoked enrollment opens
 * no lesson (`grantsAccess`). An enrollment renewed since by another payment no longer matches and
 * stays; one already revoked is left as it is (`duplicate`), so a redelivery changes nothing.
 */
export async function revokeEnrollment(
  req: PayloadRequest,
  match: Where,
  { eventId, reason }: Revocation,
): Promise<RevokeAnswer> {
  // The match comes from a signature-verified provider event (payment ids it created); the request
  // has no user (the provider calls), so no user access applies.
  const { docs } = await req.payload.find({
    collection: 'enrollments',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: match,
  })
  const enrollment = docs[0]
  if (!enrollment) return { received: true, revoked: false }
  if (enrollment.status === 'revoked') return { duplicate: true, received: true }
  await req.payload.update({
    id: enrollment.id,
    collection: 'enrollments',
    data: {
      revocation: { at: new Date().toISOString(), by: 'stripe', event: eventId, reason },
      status: 'revoked',
    },
    // `status` and the system-only `revocation` of the enrollment the verified event names, nothing else.
    overrideAccess: true,
    req,
  })
  req.payload.logger.info(
    `Enrollment ${enrollment.id} (user ${String(enrollment.user)}, course ${String(enrollment.course)}) revoked: ${reason}, event ${eventId}.`,
  )
  return { received: true, revoked: true }
}
