import type { Site } from '@payload-types'

import { env } from '../env'
import { siteIdOf } from './siteIdOf'

const prefixes = { pages: '', posts: '/posts' } as const

export type PreviewCollection = keyof typeof prefixes

/** The public path of a document on its site, `/` for the page whose slug is `home`. */
export const publicPath = (collection: PreviewCollection, slug: string): string =>
  collection === 'pages' && slug === 'home' ? '/' : `${prefixes[collection]}/${encodeURIComponent(slug)}`

/**
 * The URL the admin opens for preview and live preview: it turns on draft mode, then shows the
 * document on its `site` (the route picks the host, see src/app/(sites)/next/preview/route.ts).
 * Relative, so it stays on the admin's host, where the editor's login cookie is.
 */
export function previewPath(collection: PreviewCollection, slug: null | string | undefined, site?: null | number | Site): null | string {
  if (!slug) return null
  const params = new URLSearchParams({ path: publicPath(collection, slug), previewSecret: env.previewSecret })
  const siteId = siteIdOf(site)
  if (siteId != null) params.set('site', String(siteId))
  return `/next/preview?${params.toString()}`
}
