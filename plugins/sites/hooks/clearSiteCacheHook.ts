import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { clearSiteCache } from '../resolveSite'

/** Host lookups are cached for a few seconds; a changed slug or domain must apply at once here. */
export const clearSiteCacheAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  clearSiteCache()
  return doc
}

export const clearSiteCacheAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  clearSiteCache()
  return doc
}
