import type { AdminViewConfig, Config } from 'payload'

/**
 * Adds a plugin's custom admin views and the navigation component linking to them, after what the
 * config and earlier plugins registered.
 */
export const addAdminViews = (
  config: Config,
  { navLinks, views }: { navLinks: string; views: Record<string, AdminViewConfig> },
): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), navLinks],
      views: { ...config.admin?.components?.views, ...views },
    },
  },
})
