'use client'
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

import { apiRequest } from './apiRequest'
import type { QueueComment } from './queueTypes'

type Props = {
  adminRoute: string
  apiRoute: string
  comments: QueueComment[]
  onDecided: (id: number) => void
}

/** Comments waiting for approval; a decision is a plain update of the comment (the log is written by a hook). */
export function CommentQueue({ adminRoute, apiRoute, comments, onDecided }: Props) {
  const [busy, setBusy] = useState<number[]>([])

  async function decide(comment: QueueComment, status: 'approved' | 'rejected') {
    setBusy((ids) => [...ids, comment.id])
    const result = await apiRequest(`${apiRoute}/video-comments/${comment.id}`, {
      body: { status },
      method: 'PATCH',
    })
    setBusy((ids) => ids.filter((id) => id !== comment.id))
    if (result.error !== null) {
      toast.error(`The comment by ${comment.authorName} was not ${status}: ${result.error}`)
      return
    }
    toast.success(`Comment by ${comment.authorName} ${status}.`)
    onDecided(comment.id)
  }

  if (!comments.length) return <p className="moderation-empty">No comments wait for approval.</p>
  return (
    <ul className="moderation-comments">
      {comments.map((comment) => (
        <li className="moderation-comments__item" key={comment.id}>
          <blockquote className="moderation-comments__body">{comment.body}</blockquote>
          <p className="moderation-comments__meta">
            {comment.authorName} on{' '}
            <a href={`${adminRoute}/collections/videos/${comment.video.id}`}>
              {comment.video.title}
            </a>{' '}
            · {comment.site.name} ·{' '}
            <time dateTime={comment.createdAt} suppressHydrationWarning>
              {new Date(comment.createdAt).toLocaleString()}
            </time>
          </p>
          <div className="moderation-comments__actions">
            <Button
              aria-label={`Approve the comment by ${comment.authorName}`}
              buttonStyle="primary"
              disabled={busy.includes(comment.id)}
              margin={false}
              onClick={() => decide(comment, 'approved')}
              size="small"
            >
              Approve
            </Button>
            <Button
              aria-label={`Reject the comment by ${comment.authorName}`}
              buttonStyle="secondary"
              disabled={busy.includes(comment.id)}
              margin={false}
              onClick={() => decide(comment, 'rejected')}
              size="small"
            >
              Reject
            </Button>
          </div>
        </li>
      ))}
    </ul>
  )
}
