import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Post } from '@/payload-types'
import { revalidateSite } from '@/src/site/revalidate'

/** Posts appear on `/posts`, in archive and related-post blocks of any page: the whole site is refreshed. */
export const revalidatePost: CollectionAfterChangeHook<Post> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status === 'published' || previousDoc?._status === 'published')
    await revalidateSite(req, doc.site)
  return doc
}

export const revalidatePostDelete: CollectionAfterDeleteHook<Post> = async ({ doc, req }) => {
  await revalidateSite(req, doc.site)
  return doc
}
