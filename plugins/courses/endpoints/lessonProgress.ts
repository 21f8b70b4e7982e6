import { APIError, type Endpoint } from 'payload'

import { openLesson } from '../progress/openLesson'
import { recordLesson } from '../progress/recordLesson'
import { routeId, signedInUser } from './readableCourse'

// Ten days: no lesson video is longer, and a bigger number is a forged one.
const MAX_POSITION = 864_000

/** `POST /api/lessons/:id/complete`: marks the lesson complete for the signed-in member; answers `{ progress }` (the course state after it). */
export const completeLessonEndpoint: Endpoint = {
  handler: async (req) => {
    signedInUser(req, 'complete lessons')
    const open = await openLesson(req, routeId(req, 'lesson'))
    return Response.json({ progress: await recordLesson(req, open, { complete: true }) })
  },
  method: 'post',
  path: '/:id/complete',
}

/** `POST /api/lessons/:id/position` `{ seconds }`: where the member is in the lesson's video, for resuming; 204. */
export const lessonPositionEndpoint: Endpoint = {
  handler: async (req) => {
    signedInUser(req, 'save your place')
    const body = (await req.json?.().catch(() => null)) as { seconds?: unknown } | null
    const seconds = body?.seconds
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_POSITION) {
      throw new APIError('"seconds" must be a number of seconds from 0 to 864000.', 400, undefined, true)
    }
    const open = await openLesson(req, routeId(req, 'lesson'))
    await recordLesson(req, open, { positionSeconds: Math.round(seconds) })
    return new Response(null, { status: 204 })
  },
  method: 'post',
  path: '/:id/position',
}
