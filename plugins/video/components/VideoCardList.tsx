import type { GalleryVideo } from './queries/galleryVideo'
import { VideoCard } from './VideoCard'

type Props = {
  headingLevel?: 2 | 3
  /** `grid`: cards in columns; `list`: one row per video, thumbnail beside the title. */
  layout?: 'grid' | 'list'
  videos: GalleryVideo[]
}

export function VideoCardList({ headingLevel, layout = 'grid', videos }: Props) {
  if (!videos.length) return <p className="empty">No videos yet.</p>
  return (
    <ul className={layout === 'list' ? 'video-list' : 'card-grid'}>
      {videos.map((video) => (
        <li key={video.id}>
          <VideoCard headingLevel={headingLevel} video={video} />
        </li>
      ))}
    </ul>
  )
}
