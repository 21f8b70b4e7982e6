export const subscriptionTiers = ['free', 'basic', 'premium'] as const
