import type { SiteRole } from '../sites'

/** The `sites.features` values this plugin offers. */
export const COURSES_FEATURE = 'courses'
export const EVENTS_FEATURE = 'events'

/** Site roles that build courses and see every learner's progress. */
export const courseWriters: SiteRole[] = ['admin', 'editor', 'instructor']

export const courseStatuses = ['draft', 'published', 'archived'] as const
export const courseLevels = ['beginner', 'intermediate', 'advanced'] as const
export const subscriptionTiers = ['free', 'basic', 'premium'] as const
export const enrollmentStatuses = ['active', 'completed', 'expired', 'revoked'] as const
/** Why a payment's access was taken back (`enrollments.revocation.reason`). */
export const revocationReasons = ['refund', 'dispute', 'payment_failed'] as const
export const enrollmentSources = ['self', 'admin', 'payment', 'subscription'] as const
export const currencies = ['EUR', 'USD', 'CHF', 'GBP'] as const

export type SubscriptionTier = (typeof subscriptionTiers)[number]
