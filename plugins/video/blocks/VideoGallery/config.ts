import type { Block } from 'payload'

import { cardListFields } from '@/collections/fields/cardListFields'

/** The newest public videos of the page's site, as cards, optionally of one tag. */
export const VideoGallery: Block = {
  slug: 'videoGallery',
  fields: [
    ...cardListFields('Videos'),
    {
      name: 'tag',
      type: 'text',
      admin: { description: 'Only videos with this tag; leave empty for all.' },
      maxLength: 100,
    },
    {
      name: 'layout',
      type: 'select',
      defaultValue: 'grid',
      options: [
        { label: 'Grid', value: 'grid' },
        { label: 'List', value: 'list' },
      ],
      required: true,
    },
  ],
  interfaceName: 'VideoGalleryBlock',
  labels: { plural: 'Video galleries', singular: 'Video gallery' },
}
