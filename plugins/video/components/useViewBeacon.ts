'use client'

import { type RefObject, useEffect } from 'react'

const INTERVAL_MS = 15_000
// The endpoint's cap: a longer gap (a throttled background tab) is not counted beyond it.
const MAX_SECONDS = 60

/** A random id for this page load's viewing; `getRandomValues` works on plain-http hosts too. */
const randomViewId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')

/**
 * Reports this viewing to `POST /api/videos/:id/view`: once when playback first starts (so the view
 * counts at once), every 15 s while it plays, and when the page is hidden or left, with the seconds
 * of wall-clock playback since the previous report. The last one goes with `sendBeacon`, which the
 * browser delivers even as the page unloads.
 */
export function useViewBeacon(
  videoRef: RefObject<HTMLVideoElement | null>,
  videoId: number,
  share?: string,
) {
  useEffect(() => {
    const video = videoRef.current
    if (!video) return
    const url = `/api/videos/${videoId}/view`
    const viewId = randomViewId()
    let started = false
    let playingSince: null | number = null
    let unsent = 0

    const accumulate = () => {
      const now = performance.now()
      if (playingSince !== null) {
        unsent += (now - playingSince) / 1000
        playingSince = now
      }
    }
    const take = (): number => {
      accumulate()
      const seconds = Math.min(unsent, MAX_SECONDS)
      unsent -= seconds
      return Math.round(seconds * 100) / 100
    }
    const body = (seconds: number) =>
      JSON.stringify({ position: video.currentTime, seconds, share, viewId })
    const send = (seconds: number) => {
      void fetch(url, {
        body: body(seconds),
        headers: { 'Content-Type': 'application/json' },
        keepalive: true,
        method: 'POST',
      }).catch(() => undefined)
    }
    const flush = () => {
      const seconds = take()
      // A string body is sent as text/plain: no CORS preflight, which an unloading page could not wait for.
      if (started && seconds > 0) navigator.sendBeacon(url, body(seconds))
    }

    const onPlaying = () => {
      playingSince ??= performance.now()
      if (!started) {
        started = true
        send(0)
      }
    }
    const onStopped = () => {
      accumulate()
      playingSince = null
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    const timer = window.setInterval(() => {
      const seconds = take()
      if (seconds >= 1) send(seconds)
    }, INTERVAL_MS)

    video.addEventListener('playing', onPlaying)
    for (const event of ['pause', 'waiting', 'ended', 'emptied'])
      video.addEventListener(event, onStopped)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', flush)
    return () => {
      // Leaving for another page of the site unmounts the player without a pagehide.
      flush()
      window.clearInterval(timer)
      video.removeEventListener('playing', onPlaying)
      for (const event of ['pause', 'waiting', 'ended', 'emptied'])
        video.removeEventListener(event, onStopped)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', flush)
    }
  }, [share, videoId, videoRef])
}
