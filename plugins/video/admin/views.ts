import type { Config } from 'payload'

import { addAdminViews } from '@/src/admin/addAdminViews'

/** The video plugin's admin: the moderation queue at `/admin/moderation` and its link in the navigation. */
export const addVideoAdmin = (config: Config): Config =>
  addAdminViews(config, {
    navLinks: '/plugins/video/admin/ModerationNavLink#ModerationNavLink',
    views: {
      moderation: {
        Component: '/plugins/video/admin/ModerationView#ModerationView',
        exact: true,
        meta: { title: 'Moderation' },
        path: '/moderation',
      },
    },
  })
