import type { CoveredElsewhere } from '../../tests/access/matrix.table'

const why =
  'uploaders, moderators and viewers by status and visibility: plugins/video/access.test.ts and tests/abuse/video.test.ts'

/** The video plugin's collections in the access matrix: their access turns on more than role and site (`tests/access/matrix.test.ts`). */
export const coveredElsewhere: CoveredElsewhere[] = (
  ['videos', 'kids', 'video-shares', 'video-comments', 'moderation-log', 'video-views'] as const
).map((collection) => ({ collection, why }))
