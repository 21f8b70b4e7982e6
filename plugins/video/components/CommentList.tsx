import type { PublicComment } from './queries/queryApprovedComments'

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' })

/** The approved comments under a video, oldest first. */
export function CommentList({ comments }: { comments: PublicComment[] }) {
  if (!comments.length) return <p className="empty">No comments yet.</p>
  return (
    <ol className="comments">
      {comments.map((comment) => (
        <li className="comment" key={comment.id}>
          <p className="comment__meta">
            <span className="comment__author">{comment.authorName}</span>{' '}
            <time dateTime={comment.createdAt}>
              {dateFormat.format(new Date(comment.createdAt))}
            </time>
          </p>
          <p className="comment__body">{comment.body}</p>
        </li>
      ))}
    </ol>
  )
}
