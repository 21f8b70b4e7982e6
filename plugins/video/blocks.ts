import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, Field } from 'payload'

import { knownBlocks } from '../../collections/fields/knownBlocks'
import type { Video } from '../../payload-types'
import { revalidateSite } from '../../src/site/revalidate'
import { VideoGallery } from './blocks/VideoGallery/config'

/** Every field of a list, with the fields inside tabs, rows and collapsibles mapped too. */
const mapFields = (fields: Field[], map: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, map) })) }
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: mapFields(field.fields, map) }
    return map(field)
  })

/** The pages' `layout` with the video blocks, and its unknown-block check told about them. */
const withVideoBlocks = (pages: CollectionConfig): CollectionConfig => ({
  ...pages,
  fields: mapFields(pages.fields, (field) => {
    if (field.type !== 'blocks' || field.name !== 'layout') return field
    const blocks = [...field.blocks, VideoGallery]
    return { ...field, blocks, validate: knownBlocks(blocks) }
  }),
})

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
    if (collection.slug === 'pages') return withVideoBlocks(collection)
    if (collection.slug === 'videos') return withGalleryRevalidation(collection)
    return collection
  }),
})
