import type { Playback } from '../playback/resolvePlayback'

/** What the playback endpoint said, as the player acts on it. */
export type PlaybackAnswer =
  | { kind: 'failed'; message: string }
  | { kind: 'password'; wrong: boolean }
  | { kind: 'ready'; playback: Playback }
  | { kind: 'unavailable' }

type ErrorBody = { errors?: { message?: string }[]; passwordRequired?: boolean }

/**
 * Asks `/api/videos/:id/playback` for the stream, from the browser, so the signed URLs it returns
 * never sit in a cached page. A password goes in a POST body, never in a URL.
 */
export async function requestPlayback(
  videoId: number,
  { password, share }: { password?: string; share?: string },
): Promise<PlaybackAnswer> {
  const query = share ? `?${new URLSearchParams({ share })}` : ''
  let response: Response
  try {
    response = await fetch(`/api/videos/${videoId}/playback${query}`, {
      body: password === undefined ? undefined : JSON.stringify({ password, share }),
      cache: 'no-store',
      headers: password === undefined ? undefined : { 'Content-Type': 'application/json' },
      method: password === undefined ? 'GET' : 'POST',
    })
  } catch {
    return { kind: 'failed', message: 'The video could not be reached. Check your connection.' }
  }
  if (response.ok) return { kind: 'ready', playback: (await response.json()) as Playback }
  const body = (await response.json().catch(() => ({}))) as ErrorBody
  if (response.status === 401 && body.passwordRequired)
    return { kind: 'password', wrong: password !== undefined }
  if (response.status === 403 || response.status === 404) return { kind: 'unavailable' }
  return {
    kind: 'failed',
    message: body.errors?.[0]?.message || `The server answered ${response.status}.`,
  }
}
