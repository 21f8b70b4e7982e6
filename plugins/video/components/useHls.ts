'use client'

import type Hls from 'hls.js'
import { type RefObject, useEffect, useRef, useState } from 'react'

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
  const [levels, setLevels] = useState<QualityLevel[]>([])
  const [playing, setPlaying] = useState(-1)
  const [selected, setSelected] = useState(-1)
  const [failure, setFailure] = useState<HlsFailure | null>(null)

  useEffect(() => {
    const video = videoRef.current
    if (!video) return
    let disposed = false
    setFailure(null)
    void import('hls.js').then(({ default: HlsPlayer }) => {
      if (disposed) return
      if (!HlsPlayer.isSupported()) {
        if (video.canPlayType('application/vnd.apple.mpegurl')) video.src = src
        else setFailure('unsupported')
        return
      }
      // Never fetch a rendition larger than the player shows: most families watch on phones.
      const hls = new HlsPlayer({ capLevelToPlayerSize: true })
      hlsRef.current = hls
      let recovered = false
      hls.on(HlsPlayer.Events.MANIFEST_PARSED, (_event, data) => setLevels(data.levels.map(({ height }, index) => ({ height, index }))))
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
