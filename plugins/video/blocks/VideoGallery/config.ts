import type { Block } from 'payload'

/** The newest public videos of the page's site, as cards, optionally of one tag. */
export const VideoGallery: Block = {
  slug: 'videoGallery',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Videos', maxLength: 120 },
    {
      name: 'limit',
      type: 'number',
      admin: { step: 1 },
      defaultValue: 6,
      label: 'How many',
      max: 24,
      min: 1,
      required: true,
    },
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
