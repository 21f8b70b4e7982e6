import type { PayloadRequest } from 'payload'

import type { Video } from '@/payload-types'
import { verifyToken } from '@/src/storage/signedToken'
import { idOf, requestSiteIds } from '../../sites'
import { canManageVideo } from '../access/canManageVideo'
import { verifyPassword } from '../password'
import { isWatchGranted } from '../watchExtensions'
import { hasValidShare } from './hasValidShare'

/** What a viewer may present besides a session: a share link's token, the password, or a signed stream token. */
export type WatchCredentials = { password?: string; share?: string; token?: string }

/** `manager`: the uploader, a moderator of the video's site or a global writer, who may watch it in any status. */
export type WatchDecision =
  | { manager: boolean; ok: true }
  | { ok: false; passwordRequired?: true; reason: string; status: 401 | 403 | 404 }

// One answer for "does not exist" and "not yours to see", so a refusal never confirms that a video exists.
const notFound: WatchDecision = { ok: false, reason: 'This video is not available.', status: 404 }

/** The scope of the signed tokens that carry a viewer's right to one video into its stream URLs. */
export const videoTokenScope = (videoId: number) => `video:${videoId}`

/** Anyone may watch it, with nothing to present: its files may be cached by anyone. */
export const isOpenlyPublic = (
  video: Pick<Video, 'requirePassword' | 'status' | 'visibility'>,
): boolean => video.status === 'approved' && video.visibility === 'public' && !video.requirePassword

/**
 * Whether the viewer is in the video's audience: anyone for a public video, the holder of a valid
 * share link, or whoever another plugin grants it to (an enrolled member, a course's lesson video).
 * Grants are asked only through a site's host, about a video of that site (`canWatch` checked it).
 */
async function inAudience(
  req: PayloadRequest,
  video: Video,
  share: string | undefined,
  sites: null | number[],
): Promise<boolean> {
  if (video.visibility === 'public') return true
  if (share && (await hasValidShare(req.payload, video.id, share))) return true
  return sites !== null && (await isWatchGranted(req, video.id))
}

/**
 * Who may stream a video, see its thumbnail and previews: the rules of every delivery endpoint.
 * `video` must be read with `overrideAccess` (the password hash and storage are never readable).
 * Its managers may watch it in any status (moderators preview pending videos); anyone else only an
 * approved video of the request's site that is in their audience (public, shared with them, or
 * granted by another plugin), and with its password if it has one, whoever they are.
 */
export async function canWatch(
  req: PayloadRequest,
  video: Video,
  credentials: WatchCredentials = {},
): Promise<WatchDecision> {
  const sites = await requestSiteIds(req)
  const site = idOf(video.site)
  if (sites && (site === undefined || !sites.includes(site))) return notFound
  if (video.storage?.tier === 'purged') return notFound
  if (canManageVideo(req.user, video)) return { manager: true, ok: true }
  if (video.status !== 'approved') return notFound

  // Signed only after the rules below were met; the status and site are still checked above, so a take-down ends it at once.
  if (credentials.token !== undefined) {
    return verifyToken(videoTokenScope(video.id), credentials.token)
      ? { manager: false, ok: true }
      : { ok: false, reason: 'This link has expired: reload the page.', status: 403 }
  }
  if (!(await inAudience(req, video, credentials.share, sites))) {
    return {
      ok: false,
      reason: credentials.share
        ? 'This share link has expired or was revoked.'
        : 'This video is private.',
      status: 403,
    }
  }
  // A grant or a share link widens who may watch; the password still stands for everyone.
  if (
    video.requirePassword &&
    !(credentials.password && (await verifyPassword(credentials.password, video.passwordHash)))
  ) {
    return {
      ok: false,
      passwordRequired: true,
      reason: credentials.password
        ? 'The password is not correct.'
        : 'Enter the password to watch this video.',
      status: 401,
    }
  }
  return { manager: false, ok: true }
}
