'use client'
import type Hls from 'hls.js'
import { useEffect, useRef, useState } from 'react'

import { apiRequest } from './apiRequest'

type Props = { apiRoute: string; poster: string; title: string; videoId: number }

/**
 * The video as viewers will get it (the HLS renditions), loaded only when the moderator presses
 * play: a queue of twenty cards must not open twenty streams. Safari plays HLS natively; elsewhere
 * hls.js, imported on first use so it stays out of the admin's bundle until needed.
 */
export function HlsPlayer({ apiRoute, poster, title, videoId }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null)
  const hlsRef = useRef<Hls | null>(null)
  const [state, setState] = useState<'error' | 'idle' | 'loading' | 'ready'>('idle')
  const [error, setError] = useState<null | string>(null)

  useEffect(() => () => hlsRef.current?.destroy(), [])

  const fail = (message: string) => {
    setError(message)
    setState('error')
  }

  async function start() {
    const video = videoRef.current
    if (!video) return
    setState('loading')
    setError(null)
    const playback = await apiRequest<{ src: string }>(`${apiRoute}/videos/${videoId}/playback`)
    if (playback.error !== null) return fail(`The stream is not available: ${playback.error}`)
    const { src } = playback.body
    if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = src
    } else {
      const { default: HlsJs } = await import('hls.js')
      if (!HlsJs.isSupported()) return fail('This browser cannot play HLS streams.')
      hlsRef.current?.destroy()
      const hls = new HlsJs()
      hls.on(HlsJs.Events.ERROR, (_event, data) => {
        if (data.fatal) fail(`The stream stopped: ${data.details}.`)
      })
      hls.loadSource(src)
      hls.attachMedia(video)
      hlsRef.current = hls
    }
    setState('ready')
    // Autoplay may be refused until the page had a user gesture; the controls remain.
    video.play().catch(() => undefined)
  }

  return (
    <div className="moderation-player">
      <video
        aria-label={`Video: ${title}`}
        className="moderation-player__video"
        controls={state === 'ready'}
        playsInline
        poster={poster}
        preload="none"
        ref={videoRef}
      />
      {state !== 'ready' && (
        <button
          className="moderation-player__start"
          disabled={state === 'loading'}
          onClick={start}
          type="button"
        >
          <span aria-hidden="true">▶</span>{' '}
          {state === 'loading' ? 'Loading…' : state === 'error' ? 'Try again' : 'Play'}
          <span className="moderation-sr-only"> {title}</span>
        </button>
      )}
      {error && (
        <p className="moderation-player__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
