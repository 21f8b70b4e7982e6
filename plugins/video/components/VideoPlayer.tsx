'use client'

import { useCallback, useEffect, useState } from 'react'

import { PasswordForm } from './PasswordForm'
import { PlayerMedia } from './PlayerMedia'
import { type PlaybackAnswer, requestPlayback } from './requestPlayback'

type Props = {
  /** A share link's token from the page's `?share=`, for a family or private video. */
  share?: string
  title: string
  videoId: number
}

type State = PlaybackAnswer | { kind: 'loading' }

/**
 * The watch page's player. It asks for the stream from the browser, so the page itself can be
 * cached while the signed URLs stay per viewer; then plays it, asks for the password first, or
 * says the video is not available. `data-state` names the state, for tests and support.
 */
export function VideoPlayer({ share, title, videoId }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [password, setPassword] = useState<string>()
  // Each try gets a fresh form, so a second wrong password is announced again.
  const [attempt, setAttempt] = useState(0)

  const load = useCallback(
    async (withPassword?: string) => {
      const answer = await requestPlayback(videoId, { password: withPassword, share })
      if (answer.kind === 'ready') setPassword(withPassword)
      if (withPassword !== undefined) setAttempt((n) => n + 1)
      setState(answer)
    },
    [share, videoId],
  )

  useEffect(() => {
    void load()
  }, [load])

  return (
    <div className="player" data-state={state.kind}>
      {state.kind === 'loading' && (
        <p className="player__panel" role="status">
          Loading the video…
        </p>
      )}
      {state.kind === 'password' && (
        <PasswordForm key={attempt} onSubmit={load} wrong={state.wrong} />
      )}
      {state.kind === 'unavailable' && (
        <p className="player__panel" role="alert">
          This video isn’t available.
        </p>
      )}
      {state.kind === 'failed' && (
        <div className="player__panel" role="alert">
          <p>{state.message}</p>
          <button
            className="button button--default"
            onClick={() => void load(password)}
            type="button"
          >
            Try again
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <PlayerMedia
          onReload={() => void load(password)}
          playback={state.playback}
          share={share}
          title={title}
          videoId={videoId}
        />
      )}
    </div>
  )
}
