import type { VideoGalleryBlock as VideoGalleryBlockData } from '@payload-types'
import NextLink from 'next/link'

import { queryGalleryVideos } from '../../components/queries/queryGalleryVideos'
import { VideoCardList } from '../../components/VideoCardList'
import { galleryPath } from '../../components/watchPath'
import '../../components/video.css'

type Props = Pick<VideoGalleryBlockData, 'heading' | 'layout' | 'limit' | 'tag'> & {
  siteId: number
}

/** The `videoGallery` block: the same cards as `/videos`, on any page of a site. */
export async function VideoGalleryBlock({ heading, layout, limit, siteId, tag }: Props) {
  const { docs, totalDocs } = await queryGalleryVideos({
    limit: limit ?? 6,
    siteId,
    tag: tag || undefined,
  })
  return (
    <section className="video-gallery-block">
      <div className="video-gallery-block__header">
        {heading && <h2>{heading}</h2>}
        {totalDocs > docs.length && (
          <NextLink href={galleryPath({ tag: tag || undefined })}>
            {tag ? `All “${tag}” videos` : 'All videos'}
          </NextLink>
        )}
      </div>
      <VideoCardList headingLevel={heading ? 3 : 2} layout={layout ?? 'grid'} videos={docs} />
    </section>
  )
}
