import type { SiteRole } from '../sites'

/** Site roles that build courses and see every learner's progress. */
export const courseWriters: SiteRole[] = ['admin', 'editor', 'instructor']
