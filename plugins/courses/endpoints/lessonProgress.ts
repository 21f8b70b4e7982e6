import { APIError, type Endpoint } from 'payload'

import { readJson } from '@/src/http/readJson'
import { requireUser } from '@/src/http/requireUser'
import { completeLesson } from '../progress/completeLesson'
import { openLesson } from '../progress/openLesson'
import { recordPosition } from '../progress/recordPosition'
import { routeId } from './readableCourse'

// Ten days: no lesson video is longer, and a bigger number is a forged one.
const MAX_POSITION = 864_000
const secondsHint = `"seconds" must be a number of seconds from 0 to ${MAX_POSITION}.`

/**
 * `POST /api/lessons/:id/complete`: marks the lesson complete for the signed-in member, enrolled
 * and with the lesson's module open; answers `{ progress }` (the course state after it). 403
 * `{ code: not_enrolled | previous | drip }` with the reason.
 */
export const completeLessonEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'complete lessons')
    const open = await openLesson(req, Number(user.id), routeId(req, 'lesson'))
    return Response.json({ progress: await completeLesson(req, open) })
  },
  method: 'post',
  path: '/:id/complete',
}

/** `POST /api/lessons/:id/position` `{ seconds }`: where the member is in the lesson's video, for resuming; 204. */
export const lessonPositionEndpoint: Endpoint = {
  handler: async (req) => {
    const user = requireUser(req, 'save your place')
    const { seconds } = await readJson(req, { hint: secondsHint })
    if (
      typeof seconds !== 'number' ||
      !Number.isFinite(seconds) ||
      seconds < 0 ||
      seconds > MAX_POSITION
    )
      throw new APIError(secondsHint, 400)
    const open = await openLesson(req, Number(user.id), routeId(req, 'lesson'), {
      previewOpens: true,
    })
    await recordPosition(req, open, Math.round(seconds))
    return new Response(null, { status: 204 })
  },
  method: 'post',
  path: '/:id/position',
}
