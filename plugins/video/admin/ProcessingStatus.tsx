'use client'
import { Button, Pill, toast, useConfig } from '@payloadcms/ui'
import { type ComponentProps, useEffect, useState } from 'react'

import type { Video } from '@/payload-types'
import type { VideoStatus } from '../statuses'
import { apiRequest } from './apiRequest'
import './videoFields.scss'

export type StatusSnapshot = {
  error: null | string
  moderatedAt: null | string
  moderatorName: null | string
  notes: null | string
  progress: null | number
  status: VideoStatus
}

type Props = { canModerate: boolean; initial: StatusSnapshot; queueHref: string; videoId: number }

const POLL_MS = 1000
const working: VideoStatus[] = ['uploaded', 'processing']

const pill: Record<VideoStatus, NonNullable<ComponentProps<typeof Pill>['pillStyle']>> = {
  approved: 'success',
  failed: 'error',
  pending_review: 'warning',
  processing: 'light',
  rejected: 'error',
  uploaded: 'light',
}

const label = (status: VideoStatus) => status.replace('_', ' ')

/** The live half of {@link ProcessingStatusField}: polls the video while a worker is on it. */
export function ProcessingStatus({ canModerate, initial, queueHref, videoId }: Props) {
  const { config } = useConfig()
  const apiRoute = `${config.serverURL}${config.routes.api}`
  const [state, setState] = useState(initial)
  const [retrying, setRetrying] = useState(false)
  const isWorking = working.includes(state.status)

  useEffect(() => {
    if (!isWorking) return
    let stopped = false
    const timer = setInterval(async () => {
      const result = await apiRequest<Video>(`${apiRoute}/videos/${videoId}?depth=0`)
      if (stopped || result.error !== null) return
      const video = result.body
      setState((previous) => ({
        ...previous,
        error: video.processing?.error ?? null,
        moderatedAt: video.moderation?.moderatedAt ?? null,
        notes: video.moderation?.notes ?? null,
        progress: video.processing?.progress ?? null,
        status: video.status,
      }))
    }, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [apiRoute, isWorking, videoId])

  async function retry() {
    setRetrying(true)
    const result = await apiRequest(`${apiRoute}/videos/${videoId}/retry`, { method: 'POST' })
    setRetrying(false)
    if (result.error !== null) {
      toast.error(`The video was not retried: ${result.error}`)
      return
    }
    toast.success('The video is queued for processing again.')
    setState((previous) => ({ ...previous, error: null, progress: 0, status: 'uploaded' }))
  }

  const decided = state.status === 'approved' || state.status === 'rejected'
  return (
    <div className="processing-status field-type">
      <div className="field-label" id="processing-status-label">
        Status
      </div>
      <div
        aria-labelledby="processing-status-label"
        aria-live="polite"
        className="processing-status__row"
        role="status"
      >
        <Pill pillStyle={pill[state.status]}>{label(state.status)}</Pill>
        {state.status === 'processing' && state.progress !== null && (
          <span>{Math.round(state.progress)} %</span>
        )}
      </div>

      {isWorking && (
        <>
          <progress
            aria-label="Processing progress"
            max={100}
            value={state.status === 'processing' ? (state.progress ?? undefined) : undefined}
          />
          <p className="processing-status__detail">
            {state.status === 'uploaded'
              ? 'Waiting for a worker to start processing…'
              : 'Making the thumbnail, previews and streams…'}
          </p>
        </>
      )}

      {state.status === 'failed' && (
        <>
          <p className="processing-status__error">
            {state.error ?? 'Processing failed for an unknown reason.'}
          </p>
          <Button
            buttonStyle="secondary"
            disabled={retrying}
            margin={false}
            onClick={retry}
            size="small"
          >
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        </>
      )}

      {state.status === 'pending_review' && (
        <p className="processing-status__detail">
          Waiting for a moderator.{' '}
          {canModerate && <a href={queueHref}>Review it in the moderation queue</a>}
        </p>
      )}

      {decided && (
        <>
          <p className="processing-status__detail">
            {state.status === 'approved' ? 'Approved' : 'Rejected'}
            {state.moderatorName ? ` by ${state.moderatorName}` : ''}
            {state.moderatedAt && (
              <>
                {' · '}
                <time dateTime={state.moderatedAt} suppressHydrationWarning>
                  {new Date(state.moderatedAt).toLocaleString()}
                </time>
              </>
            )}
          </p>
          {state.notes && (
            <blockquote className="processing-status__notes">{state.notes}</blockquote>
          )}
        </>
      )}
    </div>
  )
}
