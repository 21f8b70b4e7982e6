import type { VideoWatchGrant } from '../video'
import { lessonLock } from './progress/courseState'

/**
 * A lesson's video plays for whoever may open the lesson (enrolled members once its module is
 * open, everyone for a free preview), whatever the video's own visibility: instructors upload
 * lesson videos as private, so nobody finds them outside the course.
 */
export const lessonVideoGrant: VideoWatchGrant = async (req, videoId) => {
  const { docs } = await req.payload.find({
    collection: 'lessons',
    depth: 0,
    limit: 20,
    overrideAccess: true,
    req,
    select: { course: true, freePreview: true, module: true, site: true },
    where: { video: { equals: videoId } },
  })
  for (const lesson of docs) if ((await lessonLock(req, lesson)) === null) return true
  return false
}
