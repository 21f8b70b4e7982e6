import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { ViewBeacon } from './parseViewBeacon'

export type RecordedView = {
  /** Seconds added to the view and the video's total (less than sent when the rate limit cut it). */
  addedSeconds: number
  /** False when the beacon was ignored: its view is over a day old, or belongs to another video. */
  counted: boolean
  /** True for the first beacon of a view, which counted one more view of the video. */
  newView: boolean
}

type Target = { siteId: number; videoId: number; viewerId: null | number }

// A view may not claim more watching than the time since it started plus one beacon's worth, so
// replayed or parallel beacons cannot inflate it; beacons of views older than a day are ignored.
const SLACK_SECONDS = 60
const VIEW_LIFETIME = '1 day'

/**
 * Adds one beacon to its `video-views` row (created by the view's first beacon) and to the video's
 * `stats`, in one transaction with the view's row locked: concurrent beacons of one view queue on
 * that lock, and the totals are `x = x + n` updates, so no beacon's seconds are lost. Raw SQL,
 * because Payload's update would read, add and write back, and two beacons could both read the
 * old total.
 */
export async function recordView(
  payload: Payload,
  { siteId, videoId, viewerId }: Target,
  beacon: ViewBeacon,
): Promise<RecordedView> {
  return payload.db.drizzle.transaction(async (tx) => {
    // The unique (view_id, site_id) index makes a second first-beacon wait here, then do nothing.
    const inserted = await tx.execute<{ id: number }>(sql`
      INSERT INTO video_views (video_id, view_id, viewer_id, site_id, watched_seconds, last_position)
      VALUES (${videoId}, ${beacon.viewId}, ${viewerId}, ${siteId}, 0, ${beacon.position})
      ON CONFLICT (view_id, site_id) DO NOTHING
      RETURNING id`)
    const newView = inserted.rows.length > 0
    const { rows } = await tx.execute<{ allowed: number | string; id: number }>(sql`
      SELECT id,
        GREATEST(0, LEAST(${beacon.seconds}::numeric,
          GREATEST(0, EXTRACT(EPOCH FROM now() - created_at)) + ${SLACK_SECONDS} - COALESCE(watched_seconds, 0))) AS allowed
      FROM video_views
      WHERE view_id = ${beacon.viewId} AND site_id = ${siteId} AND video_id = ${videoId}
        AND created_at > now() - ${VIEW_LIFETIME}::interval
      FOR UPDATE`)
    const view = rows[0]
    if (!view) return { addedSeconds: 0, counted: false, newView: false }
    const addedSeconds = Number(view.allowed)
    await tx.execute(sql`
      UPDATE video_views SET
        watched_seconds = COALESCE(watched_seconds, 0) + ${addedSeconds},
        last_position = ${beacon.position},
        viewer_id = COALESCE(viewer_id, ${viewerId}),
        updated_at = now()
      WHERE id = ${view.id}`)
    await tx.execute(sql`
      UPDATE videos SET
        stats_views = COALESCE(stats_views, 0) + ${newView ? 1 : 0},
        stats_watch_seconds = COALESCE(stats_watch_seconds, 0) + ${addedSeconds}
      WHERE id = ${videoId}`)
    return { addedSeconds, counted: true, newView }
  })
}
