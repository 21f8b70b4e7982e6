import config from '@payload-config'
import type { Post } from '@payload-types'
import { getPayload, type Where } from 'payload'

/** The newest published posts of site `siteId`, of `categories` when some are given. */
export async function queryArchivePosts({
  categories,
  limit,
  siteId,
}: {
  categories: number[]
  limit: number
  siteId: number
}): Promise<Post[]> {
  const payload = await getPayload({ config })
  const where: Where = {
    and: [
      { site: { equals: siteId } },
      ...(categories.length ? [{ categories: { in: categories } }] : []),
    ],
  }
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
