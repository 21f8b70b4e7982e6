import type { Video } from '@/payload-types'
import { hasSiteRole, idOf, isGlobalWriter, type SiteUser } from '../../sites'
import { videoModerators } from '../roles'

/** The video's uploader, the moderators of its site, and global writers manage a video. */
export const canManageVideo = (
  user: null | SiteUser | undefined,
  video: Pick<Video, 'site' | 'uploader'>,
): boolean =>
  Boolean(user) &&
  (isGlobalWriter(user) ||
    idOf(video.uploader) === user?.id ||
    hasSiteRole(user, video.site, videoModerators))

export const canModerateVideo = (
  user: null | SiteUser | undefined,
  video: Pick<Video, 'site'>,
): boolean =>
  Boolean(user) && (isGlobalWriter(user) || hasSiteRole(user, video.site, videoModerators))
