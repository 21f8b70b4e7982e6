import config from '@payload-config'
import type { Post } from '@payload-types'
import { getPayload, type PaginatedDocs } from 'payload'

export const POSTS_PER_PAGE = 12

/** One page of site `siteId`'s published posts, newest first, with what a card shows. */
export async function queryPosts(siteId: number, page: number): Promise<PaginatedDocs<Post>> {
  const payload = await getPayload({ config })
  return payload.find({
    collection: 'posts',
    depth: 1,
    limit: POSTS_PER_PAGE,
    overrideAccess: false,
    page,
    sort: '-publishedAt',
    where: { site: { equals: siteId } },
  })
}
