'use client'
import { Button, Pill } from '@payloadcms/ui'

import type { Decision } from '../endpoints/moderation/decisionInput'
import { videoFacts } from './formatVideoFacts'
import { HlsPlayer } from './HlsPlayer'
import { PrecheckList } from './PrecheckList'
import { PreviewFrames } from './PreviewFrames'
import type { QueueVideo } from './queueTypes'

type Props = {
  active: boolean
  adminRoute: string
  apiRoute: string
  busy: boolean
  cardRef: (element: HTMLElement | null) => void
  notes: string
  notesMissing: boolean
  notesRef: (element: HTMLTextAreaElement | null) => void
  onActivate: () => void
  onDecide: (decision: Decision) => void
  onNotes: (notes: string) => void
  onToggle: () => void
  selected: boolean
  video: QueueVideo
}

/** One pending video: what it is, who sent it, how it looks and what the checks found, and the decision. */
export function VideoCard({
  active,
  adminRoute,
  apiRoute,
  busy,
  cardRef,
  notes,
  notesMissing,
  notesRef,
  onActivate,
  onDecide,
  onNotes,
  onToggle,
  selected,
  video,
}: Props) {
  const titleId = `moderation-video-${video.id}`
  const notesId = `${titleId}-notes`
  const flagged = video.prechecks.find((result) => result.status === 'flagged' && result.frame)
  const classes = [
    'moderation-card',
    active && 'moderation-card--active',
    selected && 'moderation-card--selected',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <article
      aria-labelledby={titleId}
      className={classes}
      data-video-id={video.id}
      onClick={onActivate}
      onFocus={onActivate}
      ref={cardRef}
      tabIndex={-1}
    >
      <header className="moderation-card__header">
        <label className="moderation-card__select">
          <input checked={selected} onChange={onToggle} type="checkbox" />
          <span className="moderation-sr-only">Select “{video.title}”</span>
        </label>
        <h2 className="moderation-card__title" id={titleId}>
          <a href={`${adminRoute}/collections/videos/${video.id}`}>{video.title}</a>
        </h2>
        <Pill pillStyle="light" size="small">
          {video.site.name}
        </Pill>
      </header>

      <div className="moderation-card__body">
        <div className="moderation-card__media">
          <HlsPlayer
            apiRoute={apiRoute}
            poster={`${apiRoute}/videos/${video.id}/thumbnail`}
            title={video.title}
            videoId={video.id}
          />
          <PreviewFrames
            apiRoute={apiRoute}
            flagged={flagged?.frame ? { frame: flagged.frame, score: flagged.score } : null}
            video={video}
          />
        </div>

        <div className="moderation-card__details">
          <dl className="moderation-facts">
            {[
              {
                label: 'Uploaded by',
                value: video.uploader
                  ? `${video.uploader.name ?? 'No name'} <${video.uploader.email}>`
                  : 'Unknown',
              },
              {
                label: 'Uploaded',
                value: (
                  // Shown in the moderator's own time zone, which the server does not know.
                  <time dateTime={video.uploadedAt} suppressHydrationWarning>
                    {new Date(video.uploadedAt).toLocaleString()}
                  </time>
                ),
              },
              { label: 'Visibility once approved', value: video.visibility },
              ...videoFacts(video),
            ].map(({ label, value }) => (
              <div className="moderation-facts__pair" key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {video.description && <p className="moderation-card__description">{video.description}</p>}

          <h3 className="moderation-card__subhead">Automated checks</h3>
          <PrecheckList prechecks={video.prechecks} />

          <label className="moderation-card__label" htmlFor={notesId}>
            Notes for the uploader{' '}
            <span className="moderation-card__muted">(required to reject)</span>
          </label>
          <textarea
            aria-describedby={notesMissing ? `${notesId}-missing` : undefined}
            aria-invalid={notesMissing || undefined}
            className="moderation-card__notes"
            id={notesId}
            onChange={(event) => onNotes(event.target.value)}
            // Esc hands the keyboard back to the card, where the single-key shortcuts work again.
            onKeyDown={(event) => {
              if (event.key === 'Escape')
                event.currentTarget.closest<HTMLElement>('.moderation-card')?.focus()
            }}
            ref={notesRef}
            rows={3}
            value={notes}
          />
          {notesMissing && (
            <p className="moderation-card__error" id={`${notesId}-missing`} role="alert">
              Write why the video is rejected: the uploader reads these notes.
            </p>
          )}

          <div className="moderation-card__actions">
            <Button
              buttonStyle="primary"
              disabled={busy}
              margin={false}
              onClick={() => onDecide('approve')}
              size="medium"
            >
              Approve
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={busy}
              margin={false}
              onClick={() => onDecide('reject')}
              size="medium"
            >
              Reject
            </Button>
          </div>
        </div>
      </div>
    </article>
  )
}
