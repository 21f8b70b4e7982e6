export const currencies = ['EUR', 'USD', 'CHF', 'GBP'] as const
