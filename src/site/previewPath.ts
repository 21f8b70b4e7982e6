import { env } from '../env'

const prefixes = { pages: '', posts: '/posts' } as const

export type PreviewCollection = keyof typeof prefixes

/** The public path of a document, `/` for the page whose slug is `home`. */
export const publicPath = (collection: PreviewCollection, slug: string): string =>
  collection === 'pages' && slug === 'home' ? '/' : `${prefixes[collection]}/${encodeURIComponent(slug)}`

/** The URL the admin opens for preview and live preview: it turns on draft mode, then redirects. */
export function previewPath(collection: PreviewCollection, slug: null | string | undefined): null | string {
  if (!slug) return null
  const params = new URLSearchParams({ path: publicPath(collection, slug), previewSecret: env.previewSecret })
  return `/next/preview?${params.toString()}`
}
