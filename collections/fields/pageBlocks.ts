import type { Block, CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, CollectionSlug, Config, TypeWithID } from 'payload'

import { revalidateSite, type SiteRef } from '../../src/site/revalidate'
import { withLayoutBlocks } from './layoutBlocks'

type PageBlocksOptions<T extends TypeWithID & { site?: SiteRef }> = {
  /** The blocks editors can add to a page's layout. */
  blocks: Block[]
  /** The collection the blocks list documents of. */
  source: CollectionSlug
  /** Whether a document of `source` can appear in the blocks (published, approved and public, …). */
  shows: (doc: null | Partial<T> | undefined) => boolean
}

/**
 * Adds a plugin's blocks to the pages' layout and keeps the pages that show them fresh: blocks sit
 * on cached pages, so when a document enters, leaves or changes while in the blocks' list, its
 * site's pages are rendered again. Changes to documents that never show (drafts, a video still
 * processing) cost nothing.
 */
export const addPageBlocks =
  <T extends TypeWithID & { site?: SiteRef }>({ blocks, shows, source }: PageBlocksOptions<T>) =>
  (config: Config): Config => {
    const afterChange: CollectionAfterChangeHook<T> = async ({ doc, previousDoc, req }) => {
      if (shows(doc) || shows(previousDoc)) await revalidateSite(req, doc.site)
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook<T> = async ({ doc, req }) => {
      if (shows(doc)) await revalidateSite(req, doc.site)
      return doc
    }
    const withRevalidation = (collection: CollectionConfig): CollectionConfig => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
      },
    })
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (collection.slug === 'pages') return withLayoutBlocks(collection, blocks)
        if (collection.slug === source) return withRevalidation(collection)
        return collection
      }),
    }
  }
