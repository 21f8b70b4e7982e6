import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Page } from '@/payload-types'
import { publicPath } from '@/src/site/previewPath'
import { revalidatePaths } from '@/src/site/revalidate'

/** A published page, or one that was just unpublished or renamed, is dropped from the site cache. */
export const revalidatePage: CollectionAfterChangeHook<Page> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const paths = new Set<string>()
  if (doc._status === 'published' && doc.slug) paths.add(publicPath('pages', doc.slug))
  if (
    previousDoc?._status === 'published' &&
    previousDoc.slug &&
    (doc._status !== 'published' || previousDoc.slug !== doc.slug)
  ) {
    paths.add(publicPath('pages', previousDoc.slug))
  }
  if (paths.size) await revalidatePaths([...paths], req, doc.site)
  return doc
}

export const revalidatePageDelete: CollectionAfterDeleteHook<Page> = async ({ doc, req }) => {
  if (doc?.slug) await revalidatePaths([publicPath('pages', doc.slug)], req, doc.site)
  return doc
}
