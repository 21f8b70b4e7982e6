import type { Site } from '@payload-types'
import type { TypedUser } from 'payload'

import { signToken, verifyToken } from '../storage/signedToken'
import { siteIdOf } from './siteIdOf'

const prefixes = { pages: '', posts: '/posts' } as const

export type PreviewCollection = keyof typeof prefixes

/** How long a preview link opens the preview: reloading the document in the admin makes a new one. */
export const PREVIEW_LINK_SECONDS = 60 * 60

/** The public path of a document on its site, `/` for the page whose slug is `home`. */
export const publicPath = (collection: PreviewCollection, slug: string): string =>
  collection === 'pages' && slug === 'home'
    ? '/'
    : `${prefixes[collection]}/${encodeURIComponent(slug)}`

/** What a preview link opens: one document, at one path of one site, for one user. */
export type PreviewTarget = {
  collection: PreviewCollection
  id: number | string
  path: string
  site: null | number
  userId: number | string
}

const previewScope = ({ id, collection, path, site, userId }: PreviewTarget) =>
  ['preview', collection, id, path, site ?? '', userId].join('\n')

type PreviewDoc = { id?: unknown; site?: null | number | Site; slug?: unknown }

/**
 * The URL the admin opens for preview and live preview: it turns on draft mode, then shows the
 * document on its `site` (the route picks the host, see src/app/(sites)/next/preview/route.ts).
 * It carries no secret: a short-lived token signed for this document, path, site and user only,
 * so a link seen by someone else opens nothing for them and signs nothing else.
 * Relative, so it stays on the admin's host, where the editor's login cookie is.
 */
export function previewPath(
  collection: PreviewCollection,
  doc: null | PreviewDoc | undefined,
  user: null | TypedUser | undefined,
): null | string {
  const id = doc?.id
  if (
    !user ||
    typeof doc?.slug !== 'string' ||
    !doc.slug ||
    (typeof id !== 'number' && typeof id !== 'string')
  )
    return null
  const target: PreviewTarget = {
    id,
    collection,
    path: publicPath(collection, doc.slug),
    site: siteIdOf(doc.site),
    userId: user.id,
  }
  const params = new URLSearchParams({ id: String(id), collection, path: target.path })
  if (target.site != null) params.set('site', String(target.site))
  params.set('token', signToken(previewScope(target), PREVIEW_LINK_SECONDS, 'preview-link'))
  return `/next/preview?${params.toString()}`
}

/** The target of a preview link's query, when its token was signed for exactly it and `user`. */
export function verifiedPreviewTarget(
  params: URLSearchParams,
  user: null | TypedUser | undefined,
): null | PreviewTarget {
  const collection = params.get('collection')
  const id = params.get('id')
  const site = params.get('site')
  if (!user || !id || !(collection === 'pages' || collection === 'posts')) return null
  const target: PreviewTarget = {
    id,
    collection,
    path: params.get('path') ?? '',
    site: site ? Number(site) : null,
    userId: user.id,
  }
  return verifyToken(previewScope(target), params.get('token') ?? '', 'preview-link')
    ? target
    : null
}
