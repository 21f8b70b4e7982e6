import config from '@payload-config'
import type { Post } from '@payload-types'
import { getPayload, type Where } from 'payload'

/** The newest published posts, of `categories` when some are given. */
export async function queryArchivePosts({ categories, limit }: { categories: number[]; limit: number }): Promise<Post[]> {
  const payload = await getPayload({ config })
  const where: Where | undefined = categories.length ? { categories: { in: categories } } : undefined
  const { docs } = await payload.find({
    collection: 'posts',
    depth: 1,
    limit,
    overrideAccess: false,
    sort: '-publishedAt',
    where,
  })
  return docs
}
