import config from '@payload-config'
import type { Video } from '@payload-types'
import { getPayload, type Where } from 'payload'
import { cache } from 'react'

import { hasValidShare } from '../../playback/hasValidShare'

export type WatchPageVideo = Pick<
  Video,
  'createdAt' | 'description' | 'id' | 'requirePassword' | 'stats' | 'tags' | 'thumbnail' | 'title'
> & {
  probe?: Pick<NonNullable<Video['probe']>, 'durationSeconds'>
}

/** The video a watch page shows, and whether only a share link opened it (then it stays out of search engines and has no comments). */
export type WatchPage = { shared: boolean; video: WatchPageVideo }

const select = {
  createdAt: true,
  description: true,
  probe: { durationSeconds: true },
  requirePassword: true,
  stats: true,
  tags: true,
  thumbnail: true,
  title: true,
} as const

/**
 * The approved video `rawId` of site `siteId` for `/videos/[id]`: public ones through the access
 * rules as an anonymous visitor, a family or private one only with a valid share link `share`
 * (checked past access control, as the link itself is the credential). Null for anything else.
 */
export const queryWatchPage = cache(
  async (siteId: number, rawId: string, share?: string): Promise<null | WatchPage> => {
    if (!/^\d{1,15}$/.test(rawId)) return null
    const id = Number(rawId)
    const payload = await getPayload({ config })
    const where: Where = {
      and: [
        { id: { equals: id } },
        { site: { equals: siteId } },
        { status: { equals: 'approved' } },
      ],
    }
    const visible = await payload.find({
      collection: 'videos',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      select,
      where,
    })
    if (visible.docs[0]) return { shared: false, video: visible.docs[0] }
    if (!share || !(await hasValidShare(payload, id, share))) return null
    // The share token was just checked for this id; `where` still pins the id, the host's site and approved.
    const shared = await payload.find({
      collection: 'videos',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select,
      where,
    })
    return shared.docs[0] ? { shared: true, video: shared.docs[0] } : null
  },
)
