import { APIError, type PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { inTransaction } from '@/src/db/inTransaction'
import { canManageVideo } from '../../access/canManageVideo'
import { sendVideoJob } from '../../jobs'
import { recordModeration } from '../../moderation/recordModeration'
import { readableVideo, signedInUser } from './readableVideo'
import { transactionDb } from './transactionDb'

/**
 * A failed video goes back to `uploaded` and `video.process` runs again on the stored original;
 * its uploader or a moderator asks for it, and the log says who. The job commits with the change.
 */
export async function retryVideo(
  req: PayloadRequest,
  id: unknown,
): Promise<Pick<Video, 'id' | 'status'>> {
  const user = signedInUser(req)
  return inTransaction(req, async () => {
    const video = await readableVideo(req, id)
    if (!canManageVideo(user, video))
      throw new APIError('Only the uploader and the site’s moderators can retry this video.', 403)
    if (video.status !== 'failed')
      throw new APIError(
        `The video is ${video.status.replace('_', ' ')}; only a failed video can be retried.`,
        409,
      )
    const folder = video.storage?.folder
    if (!folder || !video.storage?.original)
      throw new APIError('The video has no stored original to process again; upload it again.', 409)

    await recordModeration(req, video, {
      action: 'retry',
      data: { processing: { ...video.processing, error: null, finishedAt: null, progress: 0 } },
      from: 'failed',
      moderator: user.id,
      notes: video.processing?.error ?? null,
      to: 'uploaded',
    })
    await sendVideoJob(
      'video.process',
      { folder, site: video.site, videoId: video.id },
      { db: await transactionDb(req) },
    )
    return { id: video.id, status: 'uploaded' }
  })
}
