/** The `sites.features` values this plugin offers. */
export const COURSES_FEATURE = 'courses'
export const EVENTS_FEATURE = 'events'
