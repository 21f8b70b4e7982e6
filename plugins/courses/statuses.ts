export const courseStatuses = ['draft', 'published', 'archived'] as const
export const enrollmentStatuses = ['active', 'completed', 'expired', 'revoked'] as const
