import type {
  Block,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  TypeWithID,
} from 'payload'
import type { ComponentType } from 'react'

import type { Page } from '../../payload-types'
import { revalidateSite, type SiteRef } from '../../src/site/revalidate'
import { withLayoutBlocks } from './layoutBlocks'

export type LayoutBlock = Page['layout'][number]

/** What a block's component gets: the block's fields and the site of the page it is on. */
export type BlockProps<Type extends LayoutBlock['blockType'] = LayoutBlock['blockType']> = Extract<
  LayoutBlock,
  { blockType: Type }
> & { siteId: number }

/**
 * The site components of layout blocks, by block type, each loaded when a page shows its block:
 * the config never imports a React component (or its CSS), so the workers and scripts that import
 * the config never load one. `RenderBlocks` renders from this registry (`custom.blockRenderers`).
 */
export type BlockRenderers = {
  [Type in LayoutBlock['blockType']]?: () => Promise<ComponentType<BlockProps<Type>>>
}

/** The block components every plugin in the config registered. */
export const blockRenderers = (config: Pick<Config, 'custom'>): BlockRenderers =>
  (config.custom?.blockRenderers ?? {}) as BlockRenderers

type PageBlocksOptions<T extends TypeWithID & { site?: SiteRef }> = {
  /** The blocks editors can add to a page's layout. */
  blocks: Block[]
  /** Their site components, by block slug. */
  renderers: BlockRenderers
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
  <T extends TypeWithID & { site?: SiteRef }>({
    blocks,
    renderers,
    shows,
    source,
  }: PageBlocksOptions<T>) =>
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
      custom: { ...config.custom, blockRenderers: { ...blockRenderers(config), ...renderers } },
    }
  }
