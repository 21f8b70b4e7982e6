import type { Config } from 'payload'

/** The video plugin's admin: the moderation queue at `/admin/moderation` and its link in the navigation. */
export const addVideoAdmin = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [
        ...(config.admin?.components?.afterNavLinks ?? []),
        '/plugins/video/admin/ModerationNavLink#ModerationNavLink',
      ],
      views: {
        ...config.admin?.components?.views,
        moderation: {
          Component: '/plugins/video/admin/ModerationView#ModerationView',
          exact: true,
          meta: { title: 'Moderation' },
          path: '/moderation',
        },
      },
    },
  },
})
