import type { VideoWatchGrant } from '../video'
import { idOf } from '../sites'
import { lessonLock } from './progress/courseState'

/**
 * A lesson's video plays for whoever may open the lesson (enrolled members once its module is
 * open, everyone for a free preview): instructors upload lesson videos as private, so nobody finds
 * them outside the course. Only lessons of the video's own site count, read with the viewer's
 * access (the request's site, never a draft course for a member), so a lesson that points at
 * another site's video opens nothing. The grant stands in for the video's visibility only: its
 * status, site and password stay the video plugin's to check.
 */
export const lessonVideoGrant: VideoWatchGrant = async (req, videoId) => {
  // overrideAccess: reads only the site of the video being decided on; it narrows the lessons below.
  const video = await req.payload.findByID({
    id: videoId,
    collection: 'videos',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { site: true },
  })
  const site = idOf(video?.site)
  if (site === undefined) return false
  const { docs } = await req.payload.find({
    collection: 'lessons',
    depth: 0,
    limit: 20,
    overrideAccess: false,
    pagination: false,
    req,
    select: { course: true, freePreview: true, module: true, site: true },
    user: req.user,
    where: { and: [{ video: { equals: videoId } }, { site: { equals: site } }] },
  })
  for (const lesson of docs) if ((await lessonLock(req, lesson)) === null) return true
  return false
}
