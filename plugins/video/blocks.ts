import { addPageBlocks } from '../../collections/fields/pageBlocks'
import type { Video } from '../../payload-types'
import { VideoGallery } from './blocks/VideoGallery/config'

/**
 * The VideoGallery block; a video is in galleries while approved and public, so approving, taking
 * down or retitling one renders its site's pages again. Processing progress and view counts never
 * reach the hooks (they skip revalidation or bypass them).
 */
export const addVideoBlocks = addPageBlocks<Video>({
  blocks: [VideoGallery],
  renderers: {
    videoGallery: async () => (await import('./blocks/VideoGallery/Component')).VideoGalleryBlock,
  },
  shows: (video) => video?.status === 'approved' && video.visibility === 'public',
  source: 'videos',
})
