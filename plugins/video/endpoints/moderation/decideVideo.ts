import { APIError, type PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { inTransaction } from '@/src/db/inTransaction'
import { env } from '@/src/env'
import { canModerateVideo } from '../../access/canManageVideo'
import { sendVideoJob } from '../../jobs'
import type { VideoStatus } from '../../statuses'
import { recordModeration } from '../../moderation/recordModeration'
import type { Decision, DecisionInput } from './decisionInput'
import { readableVideo, signedInUser } from './readableVideo'
import { transactionDb } from './transactionDb'

const DAY_MS = 86_400_000

/** Approving also restores a rejected video; rejecting an approved one takes it down. */
const allowedFrom: Record<Decision, VideoStatus[]> = {
  approve: ['pending_review', 'rejected'],
  reject: ['pending_review', 'approved'],
}
const resultingStatus = { approve: 'approved', reject: 'rejected' } as const satisfies Record<
  Decision,
  VideoStatus
>

export type DecidedVideo = Pick<Video, 'id' | 'moderation' | 'status' | 'title'>

const statusLabel = (status: string) => status.replace('_', ' ')

/**
 * One moderation decision: the video's status and `moderation` (notes, moderator, time), its
 * retention (`storage.purgeAfter` on a rejection, cleared on an approval), one `moderation-log`
 * row and, for an approval, the `video.publish` job — all in one transaction: either the video is
 * approved and will be published, or nothing happened.
 */
export async function decideVideo(
  req: PayloadRequest,
  id: unknown,
  { decision, notes }: DecisionInput,
): Promise<DecidedVideo> {
  const user = signedInUser(req)
  return inTransaction(req, async () => {
    const video = await readableVideo(req, id)
    if (!canModerateVideo(user, video))
      throw new APIError('Only the moderators of this video’s site can approve or reject it.', 403)
    if (!allowedFrom[decision].includes(video.status)) {
      const from = allowedFrom[decision].map(statusLabel).join(' or ')
      throw new APIError(
        `The video is ${statusLabel(video.status)}; only a video that is ${from} can be ${resultingStatus[decision]}.`,
        409,
      )
    }
    if (decision === 'approve' && video.storage?.tier === 'purged') {
      throw new APIError(
        'The files of this video were deleted after its rejection; it cannot be approved again.',
        409,
      )
    }

    const now = new Date()
    const status = resultingStatus[decision]
    const moderation = { moderatedAt: now.toISOString(), moderatedBy: user.id, notes }
    const purgeAfter =
      decision === 'reject'
        ? new Date(now.getTime() + env.videoRejectedRetentionDays * DAY_MS).toISOString()
        : null
    await recordModeration(req, video, {
      action: decision,
      data: { moderation, storage: { ...video.storage, purgeAfter } },
      from: video.status,
      moderator: user.id,
      notes,
      to: status,
    })
    if (decision === 'approve')
      await sendVideoJob(
        'video.publish',
        { site: video.site, videoId: video.id },
        { db: await transactionDb(req) },
      )
    return { id: video.id, moderation, status, title: video.title }
  })
}
