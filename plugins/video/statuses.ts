export const videoStatuses = [
  'uploaded',
  'processing',
  'pending_review',
  'approved',
  'rejected',
  'failed',
] as const
export type VideoStatus = (typeof videoStatuses)[number]

export const visibilities = ['private', 'family', 'public'] as const
export type Visibility = (typeof visibilities)[number]
