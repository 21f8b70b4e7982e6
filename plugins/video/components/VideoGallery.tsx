import type { PaginatedDocs } from 'payload'

import { Pagination } from '@/src/site/components/Pagination'
import type { GalleryVideo } from './queries/galleryVideo'
import { TagFilter } from './TagFilter'
import { VideoCardList } from './VideoCardList'
import { galleryPath } from './watchPath'
import './video.css'

type Props = { result: PaginatedDocs<GalleryVideo>; tag?: string; tags: string[] }

/** `/videos`: the site's public videos, newest first, with the tag filter and page links. */
export function VideoGallery({ result, tag, tags }: Props) {
  const { docs, page = 1, totalDocs, totalPages } = result
  return (
    <div className="video-gallery container">
      <header className="page-heading">
        <h1>
          Videos
          {tag && <span className="visually-hidden"> tagged {tag}</span>}
          {page > 1 && <span className="visually-hidden">, page {page}</span>}
        </h1>
        <p className="page-heading__meta">{`${totalDocs} ${totalDocs === 1 ? 'video' : 'videos'}${tag ? ` tagged “${tag}”` : ''}`}</p>
      </header>
      <TagFilter current={tag} tags={tags} />
      <VideoCardList headingLevel={2} videos={docs} />
      <Pagination href={(n) => galleryPath({ page: n, tag })} page={page} totalPages={totalPages} />
    </div>
  )
}
