import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { publicPath } from '../previewPath'

export type SitemapEntry = { lastModified: string; path: string }

/**
 * Every published page and post. Cached under the `sitemap` tag, which the content hooks
 * revalidate, so crawlers hitting the sitemap do not each cost two full scans.
 */
export const querySitemapEntries = unstable_cache(
  async (): Promise<SitemapEntry[]> => {
    const payload = await getPayload({ config })
    const query = { depth: 0, overrideAccess: false, pagination: false, select: { slug: true, updatedAt: true } } as const
    const [pages, posts] = await Promise.all([
      payload.find({ ...query, collection: 'pages', sort: 'slug' }),
      payload.find({ ...query, collection: 'posts', sort: '-publishedAt' }),
    ])
    return [
      ...pages.docs.map((doc) => ({ lastModified: doc.updatedAt, path: publicPath('pages', doc.slug) })),
      ...posts.docs.map((doc) => ({ lastModified: doc.updatedAt, path: publicPath('posts', doc.slug) })),
    ]
  },
  ['sitemap-entries'],
  { revalidate: 3600, tags: ['sitemap'] },
)
