import NextLink from 'next/link'

import type { GalleryVideo } from './queries/galleryVideo'
import { VideoDuration } from './VideoDuration'
import { watchPath } from './watchPath'

type Props = { headingLevel?: 2 | 3; video: GalleryVideo }

/**
 * A video teaser: thumbnail, duration and title. Like the post cards, the title's link stretches
 * over the card, so a card is one link and one tab stop. A password-protected video's thumbnail is
 * only served with the password, so it gets a plain panel instead.
 */
export function VideoCard({ headingLevel = 3, video }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const locked = Boolean(video.requirePassword)
  return (
    <article className="card video-card">
      <div className="video-card__media">
        {video.thumbnail && !locked ? (
          // The thumbnail endpoint checks who may see it; next/image would fetch it as the server.
          <img alt="" decoding="async" height={720} loading="lazy" src={`/api/videos/${video.id}/thumbnail`} width={1280} />
        ) : (
          <span className="video-card__placeholder">{locked ? 'Password protected' : 'No preview'}</span>
        )}
        <VideoDuration className="video-card__duration" seconds={video.probe?.durationSeconds} />
      </div>
      <div className="card__body">
        <Heading className="card__title">
          <NextLink className="card__link" href={watchPath(video.id)}>
            {video.title}
          </NextLink>
        </Heading>
      </div>
    </article>
  )
}
