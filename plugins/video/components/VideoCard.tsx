import { Card } from '@/src/site/components/Card'
import type { GalleryVideo } from './queries/galleryVideo'
import { VideoDuration } from './VideoDuration'
import { watchPath } from './watchPath'

type Props = { headingLevel?: 2 | 3; video: GalleryVideo }

/**
 * A video teaser: thumbnail, duration and title. A password-protected video's thumbnail is only
 * served with the password, so it gets a plain panel instead.
 */
export function VideoCard({ headingLevel, video }: Props) {
  const locked = Boolean(video.requirePassword)
  return (
    <Card
      className="video-card"
      headingLevel={headingLevel}
      href={watchPath(video.id)}
      media={
        <>
          {video.thumbnail && !locked ? (
            // The thumbnail endpoint checks who may see it; next/image would fetch it as the server.
            <img
              alt=""
              decoding="async"
              height={720}
              loading="lazy"
              src={`/api/videos/${video.id}/thumbnail`}
              width={1280}
            />
          ) : (
            <span className="card__placeholder video-card__placeholder">
              {locked ? 'Password protected' : 'No preview'}
            </span>
          )}
          <VideoDuration className="video-card__duration" seconds={video.probe?.durationSeconds} />
        </>
      }
      title={video.title}
    />
  )
}
