import type { TextFieldServerComponent } from 'payload'

import type { VideoShare } from '@/payload-types'
import { siteOrigin } from '@/src/site/hosts/siteOrigin'
import { idOf } from '../../sites'
import { ShareLink } from './ShareLink'

/**
 * The `token` of a share link, shown as the address to send: the video's page on its site (first
 * domain, else `<slug>.localhost:<port>` in development) with `?share=<token>`.
 */
export const ShareLinkField: TextFieldServerComponent = async ({ id, data, payload }) => {
  const share = data as Partial<VideoShare>
  const videoId = idOf(share.video)
  const siteId = idOf(share.site)
  if (id === undefined || !share.token || videoId === undefined || siteId === undefined) {
    return <ShareLink url={null} />
  }
  // The share's own site (copied from its video, never input), and only what its address shows.
  const site = await payload.findByID({
    id: siteId,
    collection: 'sites',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    select: { slug: true, domains: true },
  })
  if (!site) return <ShareLink url={null} />
  const expired = Boolean(share.expiresAt && new Date(share.expiresAt).getTime() < Date.now())
  return (
    <ShareLink
      inactive={share.revoked ? 'revoked' : expired ? 'expired' : null}
      url={`${siteOrigin(site)}/videos/${videoId}?share=${encodeURIComponent(share.token)}`}
    />
  )
}
