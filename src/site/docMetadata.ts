import type { Media, Page, Post } from '@payload-types'
import type { Metadata } from 'next'

import { env } from '../env'

const SITE_NAME = 'Prism'

type Doc = Pick<Page | Post, 'meta' | 'title'> & { heroImage?: Post['heroImage'] }

/** The share image: the `og` crop (1200×630) of the SEO image, as an absolute URL. */
function shareImage(image: Media | null | number | undefined) {
  if (!image || typeof image !== 'object') return undefined
  const og = image.sizes?.og
  const url = og?.url || image.url
  if (!url) return undefined
  return {
    alt: image.alt,
    height: og?.url ? (og.height ?? undefined) : (image.height ?? undefined),
    url: new URL(url, env.serverUrl).toString(),
    width: og?.url ? (og.width ?? undefined) : (image.width ?? undefined),
  }
}

/** <title>, description, canonical URL, Open Graph and Twitter tags from a document's SEO tab. */
export function docMetadata(doc: Doc | null, path: string): Metadata {
  // No document means the route is about to answer 404.
  if (!doc) return { robots: { index: false }, title: `Page not found | ${SITE_NAME}` }
  const title = doc.meta?.title || `${doc.title} | ${SITE_NAME}`
  const description = doc.meta?.description || undefined
  const image = shareImage(doc.meta?.image) ?? shareImage(doc.heroImage)
  const url = new URL(path, env.serverUrl).toString()
  return {
    alternates: { canonical: url },
    description,
    openGraph: {
      description,
      images: image ? [image] : undefined,
      siteName: SITE_NAME,
      title,
      type: 'website',
      url,
    },
    title,
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      description,
      images: image ? [image.url] : undefined,
      title,
    },
  }
}
