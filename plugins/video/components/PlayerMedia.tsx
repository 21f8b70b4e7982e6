'use client'

import { useRef } from 'react'

import type { Playback } from '../playback/resolvePlayback'
import { QualitySelect } from './QualitySelect'
import { useHls } from './useHls'
import { useViewBeacon } from './useViewBeacon'

type Props = {
  /** Fetches fresh playback info (new signed URLs) after the stream stopped loading. */
  onReload: () => void
  playback: Playback
  share?: string
  title: string
  videoId: number
}

const failures = {
  media: 'The video could not be decoded in this browser.',
  network: 'The video stopped loading.',
  unsupported: 'This browser cannot play this video.',
} as const

/**
 * The video element with the browser's own controls (keyboard-operable, with captions and
 * fullscreen where the browser offers them), the quality choice and the view reports.
 * `data-levels` says how many qualities the stream offered, for tests and support.
 */
export function PlayerMedia({ onReload, playback, share, title, videoId }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null)
  const { choose, failure, levels, playing, selected } = useHls(videoRef, playback.src)
  useViewBeacon(videoRef, videoId, share)
  return (
    <div className="player__media" data-levels={levels.length}>
      <video
        aria-label={title}
        className="player__video"
        controls
        playsInline
        poster={playback.thumbnail ?? undefined}
        preload="metadata"
        ref={videoRef}
      />
      {failure && (
        <div className="player__panel player__failure" role="alert">
          <p>{failures[failure]}</p>
          {failure === 'network' && (
            <button className="button button--default" onClick={onReload} type="button">
              Reload the video
            </button>
          )}
        </div>
      )}
      {levels.length > 1 && (
        <QualitySelect levels={levels} onChange={choose} playing={playing} selected={selected} />
      )}
    </div>
  )
}
