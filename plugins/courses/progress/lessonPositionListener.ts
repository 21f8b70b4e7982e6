import type { VideoViewListener } from '../../video'
import { lessonLock } from './courseState'
import { openLesson } from './openLesson'
import { recordLesson } from './recordLesson'

/**
 * The video beacon of a lesson's video keeps the viewer's place in the lesson (for "resume where
 * you left off"), when they are enrolled and the lesson is open to them; anyone else is ignored.
 */
export const lessonPositionListener: VideoViewListener = async (req, { position, videoId, viewerId }) => {
  if (viewerId === null || !req.user) return
  const { docs } = await req.payload.find({ collection: 'lessons', depth: 0, limit: 20, overrideAccess: true, req, select: { course: true, freePreview: true, module: true, site: true }, where: { video: { equals: videoId } } })
  for (const lesson of docs) {
    if ((await lessonLock(req, lesson)) !== null) continue
    const open = await openLesson(req, lesson.id).catch(() => null)
    if (open) await recordLesson(req, open, { positionSeconds: Math.round(position) })
  }
}
