import type { SiteRole } from '../sites'

/** Site roles that review videos and comments, and see everything uploaded to their site. */
export const videoModerators: SiteRole[] = ['admin', 'moderator']

/** Site roles that upload videos (parents are `creator`s on kids-ascension). */
export const videoUploaders: SiteRole[] = ['admin', 'moderator', 'creator']

/** The `sites.features` value that switches videos on for a site. */
export const VIDEO_FEATURE = 'videos'
