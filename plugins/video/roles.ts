import type { SiteRole } from '../sites'

/** Site roles that review videos and comments, and see everything uploaded to their site. */
export const videoModerators: SiteRole[] = ['admin', 'moderator']

/** Site roles that upload videos (parents are `creator`s on kids-ascension; instructors upload lesson videos). */
export const videoUploaders: SiteRole[] = ['admin', 'moderator', 'creator', 'instructor']

/** The `sites.features` value that switches videos on for a site. */
export const VIDEO_FEATURE = 'videos'
