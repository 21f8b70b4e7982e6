import type { Hero } from '@payload-types'

import { publicPath } from '../previewPath'

/** The shape of every `link()` field: hero, CTA, content column, header and footer links. */
export type LinkData = NonNullable<Hero['links']>[number]['link']

/** Where a link field points: the public path of its document, or its custom URL. */
export function linkHref(link: Pick<LinkData, 'reference' | 'type' | 'url'>): null | string {
  if (link.type === 'custom') return link.url || null
  const reference = link.reference
  if (!reference || typeof reference.value !== 'object' || !reference.value.slug) return null
  return publicPath(reference.relationTo, reference.value.slug)
}
