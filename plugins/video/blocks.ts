import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config } from 'payload'

import { withLayoutBlocks } from '../../collections/fields/layoutBlocks'
import type { Video } from '../../payload-types'
import { revalidateSite } from '../../src/site/revalidate'
import { VideoGallery } from './blocks/VideoGallery/config'

const galleryShows = (video: null | Partial<Video> | undefined) => video?.status === 'approved' && video.visibility === 'public'

/**
 * Gallery blocks sit on cached pages: when a video enters, leaves or changes in the public list
 * (approved, taken down, retitled), its site's pages are rendered again. Processing progress and
 * view counts never reach here (they skip revalidation or bypass the hooks).
 */
const revalidateGalleries: CollectionAfterChangeHook<Video> = async ({ doc, previousDoc, req }) => {
  if (galleryShows(doc) || galleryShows(previousDoc)) await revalidateSite(req, doc.site)
  return doc
}

const revalidateGalleriesOnDelete: CollectionAfterDeleteHook<Video> = async ({ doc, req }) => {
  if (galleryShows(doc)) await revalidateSite(req, doc.site)
  return doc
}

const withGalleryRevalidation = (videos: CollectionConfig): CollectionConfig => ({
  ...videos,
  hooks: {
    ...videos.hooks,
    afterChange: [...(videos.hooks?.afterChange ?? []), revalidateGalleries],
    afterDelete: [...(videos.hooks?.afterDelete ?? []), revalidateGalleriesOnDelete],
  },
})

/** Adds the video plugin's layout blocks to the pages collection, and keeps the pages that show them fresh. */
export const addVideoBlocks = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    if (collection.slug === 'pages') return withLayoutBlocks(collection, [VideoGallery])
    if (collection.slug === 'videos') return withGalleryRevalidation(collection)
    return collection
  }),
})
