import type { Endpoint } from 'payload'

import { readJson } from '@/src/http/readJson'
import { decideVideo } from './decideVideo'
import { parseDecision } from './decisionInput'
import { signedInUser } from './readableVideo'

/**
 * `POST /api/videos/:id/moderate` `{ decision: 'approve' | 'reject', notes? }` →
 * `{ message, video: { id, status, moderation: { notes, moderatedBy, moderatedAt } } }`.
 * 400 bad input (a rejection without notes), 401 anonymous, 403 not a moderator of the video's
 * site, 404 unknown or unreadable, 409 a status the decision does not apply to.
 */
export const moderateVideoEndpoint: Endpoint = {
  handler: async (req) => {
    signedInUser(req)
    const input = parseDecision(await readJson(req))
    const { title, ...video } = await decideVideo(req, req.routeParams?.id, input)
    return Response.json({ message: `“${title}” is ${video.status}.`, video })
  },
  method: 'post',
  path: '/:id/moderate',
}
