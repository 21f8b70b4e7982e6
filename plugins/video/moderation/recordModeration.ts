import type { PayloadRequest } from 'payload'

import type { ModerationLog, Video } from '@/payload-types'
import type { VideoStatus } from '../statuses'

export type ModerationChange = {
  action: ModerationLog['action']
  /** The fields written with the new status; groups whole, as Payload clears what a partial group leaves out. */
  data?: Partial<Video>
  from: VideoStatus
  moderator: null | number | undefined
  notes: null | string
  to: VideoStatus
}

/**
 * A change of a video's status and the `moderation-log` row that says who made it and why, both
 * through `req`: inside its transaction the row exists exactly when the change does. The caller has
 * checked who may make it; status and the log are system fields nobody writes through the API.
 */
export async function recordModeration(
  req: PayloadRequest,
  video: Pick<Video, 'id' | 'site'>,
  { action, data, from, moderator, notes, to }: ModerationChange,
): Promise<Video> {
  const updated = await req.payload.update({
    id: video.id,
    collection: 'videos',
    data: { ...data, status: to },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.create({
    collection: 'moderation-log',
    data: {
      action,
      fromStatus: from,
      moderator,
      notes,
      site: video.site,
      toStatus: to,
      video: video.id,
    },
    overrideAccess: true,
    req,
  })
  return updated
}
