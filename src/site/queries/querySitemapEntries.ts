import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { publicPath } from '../previewPath'
import { sitemapTag } from '../sitemapTag'

export type SitemapEntry = { lastModified: string; path: string }

async function loadEntries(siteId: number): Promise<SitemapEntry[]> {
  const payload = await getPayload({ config })
  const query = {
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { slug: true, updatedAt: true },
    where: { site: { equals: siteId } },
  } as const
  const [pages, posts] = await Promise.all([
    payload.find({ ...query, collection: 'pages', sort: 'slug' }),
    payload.find({ ...query, collection: 'posts', sort: '-publishedAt' }),
  ])
  return [
    ...pages.docs.map((doc) => ({
      lastModified: doc.updatedAt,
      path: publicPath('pages', doc.slug),
    })),
    ...posts.docs.map((doc) => ({
      lastModified: doc.updatedAt,
      path: publicPath('posts', doc.slug),
    })),
  ]
}

/**
 * Every published page and post of site `siteId`. Cached per site under that site's sitemap tag,
 * which the content hooks revalidate, so crawlers hitting the sitemap do not each cost two scans.
 */
export const querySitemapEntries = (siteId: number): Promise<SitemapEntry[]> =>
  unstable_cache(() => loadEntries(siteId), ['sitemap-entries', String(siteId)], {
    revalidate: 3600,
    tags: ['sitemap', sitemapTag(siteId)],
  })()
