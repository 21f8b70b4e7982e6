'use client'

import type Hls from 'hls.js'
import { type RefObject, useEffect, useRef, useState } from 'react'

// One 4-second segment before playback starts; hls.js's default ahead of the playhead after.
const PREVIEW_BUFFER_SECONDS = 4
const PLAYING_BUFFER_SECONDS = 30

/** One quality the stream offers; `index` is hls.js's level number. */
export type QualityLevel = { height: number; index: number }

/** Why playback stopped: `network` is usually an expired link (reloading the playback info fixes it). */
export type HlsFailure = 'media' | 'network' | 'unsupported'

/**
 * Plays the HLS master playlist `src` in `videoRef`: with hls.js where the browser has Media Source
 * Extensions (it reports the qualities and switches between them), else the browser's own HLS
 * (Safari on iPhone), which picks the quality itself. hls.js loads only when a video is shown.
 */
export function useHls(videoRef: RefObject<HTMLVideoElement | null>, src: string) {
  const hlsRef = useRef<Hls | null>(null)
  // Where a reloaded stream (fresh signed URLs) picks up again.
  const resumeAt = useRef(-1)
  const [levels, setLevels] = useState<QualityLevel[]>([])
  const [playing, setPlaying] = useState(-1)
  const [selected, setSelected] = useState(-1)
  const [failure, setFailure] = useState<HlsFailure | null>(null)

  useEffect(() => {
    const video = videoRef.current
    if (!video) return
    let disposed = false
    let removePlayListener = () => {}
    // A new stream starts on automatic quality.
    setFailure(null)
    setSelected(-1)
    void import('hls.js').then(({ default: HlsPlayer }) => {
      if (disposed) return
      if (!HlsPlayer.isSupported()) {
        if (!video.canPlayType('application/vnd.apple.mpegurl')) {
          setFailure('unsupported')
          return
        }
        const resume = resumeAt.current
        if (resume > 0)
          video.addEventListener('loadedmetadata', () => (video.currentTime = resume), {
            once: true,
          })
        video.src = src
        return
      }
      // Most families watch on phones: before they press play only the first segment is fetched
      // (enough for the first frame and for a click on the picture to start it), and never a
      // rendition larger than the player shows.
      const hls = new HlsPlayer({
        capLevelToPlayerSize: true,
        maxBufferLength: PREVIEW_BUFFER_SECONDS,
        startPosition: resumeAt.current,
      })
      hlsRef.current = hls
      const buffer = () => (hls.config.maxBufferLength = PLAYING_BUFFER_SECONDS)
      video.addEventListener('play', buffer, { once: true })
      removePlayListener = () => video.removeEventListener('play', buffer)
      let recovered = false
      hls.on(HlsPlayer.Events.MANIFEST_PARSED, (_event, data) =>
        setLevels(data.levels.map(({ height }, index) => ({ height, index }))),
      )
      hls.on(HlsPlayer.Events.LEVEL_SWITCHED, (_event, data) => setPlaying(data.level))
      hls.on(HlsPlayer.Events.ERROR, (_event, data) => {
        if (!data.fatal) return
        // A decoding hiccup is often recoverable once; a second one is not.
        if (data.type === HlsPlayer.ErrorTypes.MEDIA_ERROR && !recovered) {
          recovered = true
          hls.recoverMediaError()
          return
        }
        setFailure(data.type === HlsPlayer.ErrorTypes.NETWORK_ERROR ? 'network' : 'media')
      })
      hls.loadSource(src)
      hls.attachMedia(video)
    })
    return () => {
      disposed = true
      removePlayListener()
      if (video.currentTime > 0) resumeAt.current = video.currentTime
      hlsRef.current?.destroy()
      hlsRef.current = null
    }
  }, [src, videoRef])

  const choose = (index: number) => {
    setSelected(index)
    if (hlsRef.current) hlsRef.current.currentLevel = index
  }

  return { choose, failure, levels, playing, selected }
}
