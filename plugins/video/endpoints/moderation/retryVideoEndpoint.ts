import type { Endpoint } from 'payload'

import { retryVideo } from './retryVideo'

/**
 * `POST /api/videos/:id/retry` → `{ message, video: { id, status: 'uploaded' } }`: processes a
 * failed video again. 401 anonymous, 403 neither its uploader nor a moderator, 404 unknown or
 * unreadable, 409 not failed.
 */
export const retryVideoEndpoint: Endpoint = {
  handler: async (req) => {
    const video = await retryVideo(req, req.routeParams?.id)
    return Response.json({ message: 'The video is queued for processing again.', video })
  },
  method: 'post',
  path: '/:id/retry',
}
