import config from '@payload-config'
import { getPayload, type PaginatedDocs, type Where } from 'payload'

import { type GalleryVideo, galleryVideoSelect } from './galleryVideo'

type Query = { limit: number; page?: number; siteId: number; tag?: string }

/**
 * One page of site `siteId`'s videos that anyone may watch, newest first, with `tag` when given.
 * Read as an anonymous visitor (overrideAccess false): the access rules decide what is public, and
 * the where repeats it, so a later widening of those rules cannot put a private video in a gallery.
 */
export async function queryGalleryVideos({
  limit,
  page = 1,
  siteId,
  tag,
}: Query): Promise<PaginatedDocs<GalleryVideo>> {
  const payload = await getPayload({ config })
  const where: Where = {
    and: [
      { site: { equals: siteId } },
      { status: { equals: 'approved' } },
      { visibility: { equals: 'public' } },
      ...(tag ? [{ tags: { equals: tag } }] : []),
    ],
  }
  return payload.find({
    collection: 'videos',
    depth: 0,
    limit,
    overrideAccess: false,
    page,
    select: galleryVideoSelect,
    sort: '-createdAt',
    where,
  })
}
