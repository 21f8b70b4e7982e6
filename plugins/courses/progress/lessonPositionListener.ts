import { APIError } from 'payload'

import type { VideoViewListener } from '../../video'
import { openLesson } from './openLesson'
import { recordPosition } from './recordPosition'

/** A lesson the viewer may not record progress in (not enrolled, locked, not on this site) is skipped; anything else is a failure. */
const refusedAsNull = (error: unknown): null => {
  if (error instanceof APIError && error.status < 500) return null
  throw error
}

/**
 * The video beacon of a lesson's video keeps the viewer's place in the lesson (for "resume where
 * you left off"), when they are enrolled and the lesson is open to them (free previews included);
 * anyone else's views are only counted by the video plugin.
 */
export const lessonPositionListener: VideoViewListener = async (
  req,
  { position, videoId, viewerId },
) => {
  if (viewerId === null) return
  const { docs } = await req.payload.find({
    collection: 'lessons',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { course: true },
    user: req.user,
    where: { video: { equals: videoId } },
  })
  for (const lesson of docs) {
    const open = await openLesson(req, viewerId, lesson.id, { previewOpens: true }).catch(
      refusedAsNull,
    )
    if (open) await recordPosition(req, open, Math.round(position))
  }
}
