import type { Media, Page, Post, Site } from '@payload-types'
import type { Metadata } from 'next'

import { hostOrigin } from './hosts/hostOrigin'

type Doc = Pick<Page | Post, 'meta' | 'title'> & { heroImage?: Post['heroImage'] }

/** The share image: the `og` crop (1200×630) of the SEO image, as an absolute URL. */
function shareImage(image: Media | null | number | undefined, origin: string) {
  if (!image || typeof image !== 'object') return undefined
  const og = image.sizes?.og
  const url = og?.url || image.url
  if (!url) return undefined
  return {
    alt: image.alt,
    height: og?.url ? (og.height ?? undefined) : (image.height ?? undefined),
    url: new URL(url, origin).toString(),
    width: og?.url ? (og.width ?? undefined) : (image.width ?? undefined),
  }
}

/**
 * <title>, description, canonical URL, Open Graph and Twitter tags from a document's SEO tab, with
 * the site's name and the host the page is served on.
 */
export function docMetadata(
  doc: Doc | null,
  path: string,
  { host, site }: { host: string; site: Pick<Site, 'description' | 'name'> },
): Metadata {
  // No document means the route is about to answer 404.
  if (!doc) return { robots: { index: false }, title: 'Page not found' }
  const origin = hostOrigin(host)
  const title = doc.meta?.title || `${doc.title} | ${site.name}`
  const description = doc.meta?.description || site.description || undefined
  const image = shareImage(doc.meta?.image, origin) ?? shareImage(doc.heroImage, origin)
  const url = new URL(path, origin).toString()
  return {
    alternates: { canonical: url },
    description,
    openGraph: {
      type: 'website',
      description,
      images: image ? [image] : undefined,
      siteName: site.name,
      title,
      url,
    },
    title: { absolute: title },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      description,
      images: image ? [image.url] : undefined,
      title,
    },
  }
}
