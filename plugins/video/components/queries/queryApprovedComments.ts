import config from '@payload-config'
import type { VideoComment } from '@payload-types'
import { getPayload } from 'payload'

export type PublicComment = Pick<VideoComment, 'authorName' | 'body' | 'createdAt' | 'id'>

// A page of conversation; older comments beyond it are not shown.
const SHOWN_COMMENTS = 100

/** The approved comments under a video, oldest first: read as an anonymous visitor, so the access rules leave out the rest. */
export async function queryApprovedComments(videoId: number): Promise<PublicComment[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'video-comments',
    depth: 0,
    limit: SHOWN_COMMENTS,
    overrideAccess: false,
    pagination: false,
    select: { authorName: true, body: true, createdAt: true },
    sort: 'createdAt',
    where: { and: [{ video: { equals: videoId } }, { status: { equals: 'approved' } }] },
  })
  return docs
}
