import { APIError } from 'payload'

/** What one view beacon reports, as the endpoint accepts it. */
export type ViewBeacon = {
  /** Where the playhead is, in seconds. */
  position: number
  /** Seconds of playback since the previous beacon of this view, at most {@link MAX_BEACON_SECONDS}. */
  seconds: number
  /** A share link's token, for a video that is not public. */
  share?: string
  /** The page load's random id: one view, however many beacons it sends. */
  viewId: string
}

/** The player sends a beacon every ~15 s; a longer gap (a throttled tab) is counted as this much. */
export const MAX_BEACON_SECONDS = 60

const VIEW_ID = /^[A-Za-z0-9_-]{8,64}$/
// Ten days: no video is longer, and a bigger number is a forged one.
const MAX_POSITION = 864_000

const invalid = (field: string, rule: string) => new APIError(`"${field}" ${rule}.`, 400)

function nonNegative(body: Record<string, unknown>, field: string): number {
  const value = body[field]
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw invalid(field, 'must be a number of seconds, 0 or more')
  return value
}

/** Checks a beacon's fields; a 400 names the first one that is wrong. `seconds` above the cap is clamped, not refused. */
export function parseViewBeacon(body: Record<string, unknown>): ViewBeacon {
  const { share, viewId } = body
  if (typeof viewId !== 'string' || !VIEW_ID.test(viewId))
    throw invalid('viewId', 'must be 8–64 letters, digits, "-" or "_"')
  const seconds = Math.min(nonNegative(body, 'seconds'), MAX_BEACON_SECONDS)
  const position = Math.min(nonNegative(body, 'position'), MAX_POSITION)
  if (
    share !== undefined &&
    share !== null &&
    (typeof share !== 'string' || share.length === 0 || share.length > 100)
  ) {
    throw invalid('share', 'must be a share link token')
  }
  return { position, seconds, share: typeof share === 'string' ? share : undefined, viewId }
}
