import type { Page } from '@payload-types'
import type { ReactNode } from 'react'

import { CourseCardBlock } from '../plugins/courses/blocks/CourseCard/Component'
import { CourseListBlock } from '../plugins/courses/blocks/CourseList/Component'
import { VideoGalleryBlock } from '../plugins/video/blocks/VideoGallery/Component'
import { ArchiveBlock } from './Archive/Component'
import { BannerBlock } from './Banner/Component'
import { CallToActionBlock } from './CallToAction/Component'
import { CodeBlock } from './Code/Component'
import { ContentBlock } from './Content/Component'
import { FormBlock } from './Form/Component'
import { MediaBlock } from './MediaBlock/Component'
import { RelatedPostsBlock } from './RelatedPosts/Component'

type LayoutBlock = Page['layout'][number]

function renderBlock(block: LayoutBlock, siteId: number): ReactNode {
  switch (block.blockType) {
    case 'archive':
      return <ArchiveBlock {...block} siteId={siteId} />
    case 'banner':
      return <BannerBlock {...block} />
    case 'code':
      return <CodeBlock {...block} />
    case 'content':
      return <ContentBlock {...block} />
    case 'courseCard':
      return <CourseCardBlock {...block} siteId={siteId} />
    case 'courseList':
      return <CourseListBlock {...block} siteId={siteId} />
    case 'cta':
      return <CallToActionBlock {...block} />
    case 'formBlock':
      return <FormBlock {...block} />
    case 'mediaBlock':
      return <MediaBlock {...block} />
    case 'relatedPosts':
      return <RelatedPostsBlock {...block} siteId={siteId} />
    case 'videoGallery':
      return <VideoGalleryBlock {...block} siteId={siteId} />
  }
}

/** A page's layout blocks in order, each in a full-width band of the page grid; `siteId` is the page's site. */
export function RenderBlocks({ blocks, siteId }: { blocks: Page['layout']; siteId: number }) {
  return (
    <div className="blocks">
      {blocks.map((block, index) => (
        <div className={`block block--${block.blockType} container`} key={block.id ?? index}>
          {renderBlock(block, siteId)}
        </div>
      ))}
    </div>
  )
}
