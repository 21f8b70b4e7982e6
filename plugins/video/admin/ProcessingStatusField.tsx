import type { SelectFieldServerComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { Video } from '@/payload-types'
import { idOf } from '../../sites'
import { canModerateVideo } from '../access/canManageVideo'
import { ProcessingStatus } from './ProcessingStatus'

/**
 * The `status` field of a video's edit page: where processing stands (live), why it failed (with a
 * retry), and the moderation decision with its notes — the uploader learns the outcome here.
 * A server component so it can tell whether the viewer moderates the video and name the moderator.
 */
export const ProcessingStatusField: SelectFieldServerComponent = async ({
  id,
  data,
  payload,
  req,
}) => {
  const video = data as Partial<Video>
  if (id === undefined || !video.status) return null
  const moderatorId = idOf(video.moderation?.moderatedBy)
  // Only the name of the moderator named by a video the viewer is reading with their own access.
  const moderator =
    moderatorId === undefined
      ? null
      : await payload.findByID({
          id: moderatorId,
          collection: 'users',
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          select: { name: true },
        })
  return (
    <ProcessingStatus
      canModerate={Boolean(video.site) && canModerateVideo(req.user, { site: video.site! })}
      initial={{
        error: video.processing?.error ?? null,
        moderatedAt: video.moderation?.moderatedAt ?? null,
        moderatorName: moderator?.name ?? null,
        notes: video.moderation?.notes ?? null,
        progress: video.processing?.progress ?? null,
        status: video.status,
      }}
      queueHref={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/moderation' })}
      videoId={Number(id)}
    />
  )
}
