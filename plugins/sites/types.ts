import type { CollectionSlug } from 'payload'

import type { SiteRole } from './roles'

/** How one tenant-owned collection is shared out between sites. */
export type SiteCollectionOptions = {
  /**
   * `content` (default): the site's writers write, everyone reads (published only, when the
   * collection has drafts). `submissions`: anyone creates, the site's writers read and delete,
   * nobody updates (form entries).
   */
  access?: 'content' | 'submissions'
  /** Keep the collection's own access functions instead (they must check the site themselves). */
  keepAccess?: boolean
  /** Site roles that write this collection. Default: `admin`, `editor`. */
  roles?: SiteRole[]
  /**
   * Take the site from a relationship instead of the user (`form` for form submissions): the
   * document always lands on the site of the document it points to.
   */
  siteFrom?: { field: string; relationTo: CollectionSlug }
}

/** A feature another plugin offers that each site switches on or off (`sites.features`). */
export type SiteFeature = { label: string; value: string }

export type SitesPluginOptions = {
  /** More collections whose documents belong to one site, and how, besides those marked with `custom.site`. */
  collections?: Partial<Record<CollectionSlug, SiteCollectionOptions>>
}
