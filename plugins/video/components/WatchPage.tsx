import NextLink from 'next/link'

import { CommentForm } from './CommentForm'
import { CommentList } from './CommentList'
import type { PublicComment } from './queries/queryApprovedComments'
import type { WatchPageVideo } from './queries/queryWatchPage'
import { VideoDuration } from './VideoDuration'
import { VideoPlayer } from './VideoPlayer'
import { galleryPath } from './watchPath'
import './video.css'

type Props = {
  /** Null when the page was opened by a share link: comments are for public videos. */
  comments: null | PublicComment[]
  share?: string
  video: WatchPageVideo
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' })
const numberFormat = new Intl.NumberFormat('en')

/** `/videos/[id]`: the player, what the video is, and its conversation. */
export function WatchPage({ comments, share, video }: Props) {
  const views = video.stats?.views ?? 0
  return (
    <article className="watch container">
      <VideoPlayer share={share} title={video.title} videoId={video.id} />
      <header className="watch__header">
        <h1>{video.title}</h1>
        <ul className="watch__meta">
          <li>
            <VideoDuration seconds={video.probe?.durationSeconds} />
          </li>
          <li>{`${numberFormat.format(views)} ${views === 1 ? 'view' : 'views'}`}</li>
          <li>
            <time dateTime={video.createdAt}>{dateFormat.format(new Date(video.createdAt))}</time>
          </li>
        </ul>
        {Boolean(video.tags?.length) && (
          <ul aria-label="Tags" className="watch__tags">
            {video.tags?.map((tag) => (
              <li key={tag}>
                <NextLink href={galleryPath({ tag })}>{tag}</NextLink>
              </li>
            ))}
          </ul>
        )}
      </header>
      {video.description && <p className="watch__description">{video.description}</p>}
      {comments && (
        <section aria-labelledby="comments-heading" className="watch__comments">
          <h2 id="comments-heading">Comments{comments.length > 0 && ` (${comments.length})`}</h2>
          <CommentList comments={comments} />
          <CommentForm videoId={video.id} />
        </section>
      )}
    </article>
  )
}
