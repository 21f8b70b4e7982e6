import { APIError, type PayloadRequest } from 'payload'

import type { Video } from '../../../../payload-types'
import { env } from '../../../../src/env'
import { canModerateVideo } from '../../access/canManageVideo'
import { sendVideoJob } from '../../jobs'
import type { VideoStatus } from '../../statuses'
import type { Decision, DecisionInput } from './decisionInput'
import { inTransaction } from './inTransaction'
import { readableVideo, signedInUser } from './readableVideo'
import { transactionDb } from './transactionDb'

const DAY_MS = 86_400_000

/** Approving also restores a rejected video; rejecting an approved one takes it down. */
const allowedFrom: Record<Decision, VideoStatus[]> = {
  approve: ['pending_review', 'rejected'],
  reject: ['pending_review', 'approved'],
}
const resultingStatus = { approve: 'approved', reject: 'rejected' } as const satisfies Record<Decision, VideoStatus>

export type DecidedVideo = Pick<Video, 'id' | 'moderation' | 'status' | 'title'>

const statusLabel = (status: string) => status.replace('_', ' ')

/**
 * One moderation decision: the video's status and `moderation` (notes, moderator, time), its
 * retention (`storage.purgeAfter` on a rejection, cleared on an approval), one `moderation-log`
 * row and, for an approval, the `video.publish` job — all in one transaction: either the video is
 * approved and will be published, or nothing happened.
 */
export async function decideVideo(req: PayloadRequest, id: unknown, { decision, notes }: DecisionInput): Promise<DecidedVideo> {
  const user = signedInUser(req)
  return inTransaction(req, async () => {
    const video = await readableVideo(req, id)
    if (!canModerateVideo(user, video)) throw new APIError('Only the moderators of this video’s site can approve or reject it.', 403)
    if (!allowedFrom[decision].includes(video.status)) {
      const from = allowedFrom[decision].map(statusLabel).join(' or ')
      throw new APIError(`The video is ${statusLabel(video.status)}; only a video that is ${from} can be ${resultingStatus[decision]}.`, 409)
    }
    if (decision === 'approve' && video.storage?.tier === 'purged') {
      throw new APIError('The files of this video were deleted after its rejection; it cannot be approved again.', 409)
    }

    const now = new Date()
    const status = resultingStatus[decision]
    const moderation = { moderatedAt: now.toISOString(), moderatedBy: user.id, notes }
    const purgeAfter = decision === 'reject' ? new Date(now.getTime() + env.videoRejectedRetentionDays * DAY_MS).toISOString() : null
    await req.payload.update({
      collection: 'videos',
      data: { moderation, status, storage: { ...video.storage, purgeAfter } },
      depth: 0,
      id: video.id,
      // System fields, written once `canModerateVideo` allowed this user this video.
      overrideAccess: true,
      req,
    })
    await req.payload.create({
      collection: 'moderation-log',
      data: { action: decision, fromStatus: video.status, moderator: user.id, notes, site: video.site, toStatus: status, video: video.id },
      // The log is never written through the API; this row describes the decision above.
      overrideAccess: true,
      req,
    })
    if (decision === 'approve') await sendVideoJob('video.publish', { site: video.site, videoId: video.id }, { db: await transactionDb(req) })
    return { id: video.id, moderation, status, title: video.title }
  })
}
