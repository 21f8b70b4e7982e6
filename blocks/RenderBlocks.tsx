import config from '@payload-config'
import type { Page } from '@payload-types'
import { getPayload } from 'payload'
import type { ComponentType } from 'react'

import {
  type BlockProps,
  type BlockRenderers,
  blockRenderers,
} from '../collections/fields/pageBlocks'
import { ArchiveBlock } from './Archive/Component'
import { BannerBlock } from './Banner/Component'
import { CallToActionBlock } from './CallToAction/Component'
import { CodeBlock } from './Code/Component'
import { ContentBlock } from './Content/Component'
import { MediaBlock } from './MediaBlock/Component'
import { RelatedPostsBlock } from './RelatedPosts/Component'

/** The core's own blocks; plugins register theirs in the config (`addPageBlocks`). */
const coreRenderers: BlockRenderers = {
  archive: async () => ArchiveBlock,
  banner: async () => BannerBlock,
  code: async () => CodeBlock,
  content: async () => ContentBlock,
  cta: async () => CallToActionBlock,
  mediaBlock: async () => MediaBlock,
  relatedPosts: async () => RelatedPostsBlock,
}

/** A page's layout blocks in order, each in a full-width band of the page grid; `siteId` is the page's site. */
export async function RenderBlocks({ blocks, siteId }: { blocks: Page['layout']; siteId: number }) {
  // The running Payload's config: the one a plugin-removal drill booted, too.
  const { config: running } = await getPayload({ config })
  const renderers = { ...coreRenderers, ...blockRenderers(running) }
  const components = await Promise.all(
    // A block whose plugin left the config is not rendered (Payload no longer reads it either).
    blocks.map(
      async (block) =>
        (await renderers[block.blockType]?.()) as ComponentType<BlockProps> | undefined,
    ),
  )
  return (
    <div className="blocks">
      {blocks.map((block, index) => {
        const Component = components[index]
        return (
          Component && (
            <div className={`block block--${block.blockType} container`} key={block.id ?? index}>
              <Component {...block} siteId={siteId} />
            </div>
          )
        )
      })}
    </div>
  )
}
