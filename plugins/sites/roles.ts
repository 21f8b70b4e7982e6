/** Roles a user holds on one site (on the user's `sites` rows). `super-admin` is global, on `users.roles`. */
export const siteRoles = [
  'admin',
  'editor',
  'moderator',
  'instructor',
  'creator',
  'member',
] as const

export type SiteRole = (typeof siteRoles)[number]

/** Roles that write a site's content (pages, posts, media, categories, forms, redirects). */
export const contentWriters: SiteRole[] = ['admin', 'editor']

/** Roles that manage a site itself: its theme, navigation and who holds which role on it. */
export const siteManagers: SiteRole[] = ['admin']

/** Roles that work in the admin panel (creators upload there; members only use the public sites and APIs). */
export const panelRoles: SiteRole[] = ['admin', 'editor', 'moderator', 'instructor', 'creator']
