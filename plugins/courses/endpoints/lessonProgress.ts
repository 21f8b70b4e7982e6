import { APIError, type Endpoint } from 'payload'

import { completeLesson } from '../progress/completeLesson'
import { openLesson } from '../progress/openLesson'
import { recordPosition } from '../progress/recordPosition'
import { routeId, signedInUser } from './readableCourse'

// Ten days: no lesson video is longer, and a bigger number is a forged one.
const MAX_POSITION = 864_000

/**
 * `POST /api/lessons/:id/complete`: marks the lesson complete for the signed-in member, enrolled
 * and with the lesson's module open; answers `{ progress }` (the course state after it). 403
 * `{ code: not_enrolled | previous | drip }` with the reason.
 */
export const completeLessonEndpoint: Endpoint = {
  handler: async (req) => {
    const user = signedInUser(req, 'complete lessons')
    const open = await openLesson(req, Number(user.id), routeId(req, 'lesson'))
    return Response.json({ progress: await completeLesson(req, open) })
  },
  method: 'post',
  path: '/:id/complete',
}

/** `POST /api/lessons/:id/position` `{ seconds }`: where the member is in the lesson's video, for resuming; 204. */
export const lessonPositionEndpoint: Endpoint = {
  handler: async (req) => {
    const user = signedInUser(req, 'save your place')
    const body = (await req.json?.().catch(() => null)) as { seconds?: unknown } | null
    const seconds = body?.seconds
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_POSITION) {
      throw new APIError(`"seconds" must be a number of seconds from 0 to ${MAX_POSITION}.`, 400, undefined, true)
    }
    const open = await openLesson(req, Number(user.id), routeId(req, 'lesson'), { previewOpens: true })
    await recordPosition(req, open, Math.round(seconds))
    return new Response(null, { status: 204 })
  },
  method: 'post',
  path: '/:id/position',
}
