import type { Block } from 'payload'

/** A list of posts: the newest of some categories, or a hand-picked selection. */
export const Archive: Block = {
  slug: 'archive',
  fields: [
    { name: 'introContent', type: 'richText', label: 'Intro content' },
    {
      name: 'populateBy',
      type: 'select',
      defaultValue: 'collection',
      options: [
        { label: 'Newest posts', value: 'collection' },
        { label: 'Individual selection', value: 'selection' },
      ],
    },
    {
      name: 'relationTo',
      type: 'select',
      admin: { condition: (_, siblingData) => siblingData?.populateBy === 'collection' },
      defaultValue: 'posts',
      options: [{ label: 'Posts', value: 'posts' }],
    },
    {
      name: 'categories',
      type: 'relationship',
      admin: { condition: (_, siblingData) => siblingData?.populateBy === 'collection' },
      hasMany: true,
      relationTo: 'categories',
    },
    {
      name: 'limit',
      type: 'number',
      admin: { condition: (_, siblingData) => siblingData?.populateBy === 'collection', step: 1 },
      defaultValue: 6,
      max: 50,
      min: 1,
    },
    {
      name: 'selectedDocs',
      type: 'relationship',
      admin: { condition: (_, siblingData) => siblingData?.populateBy === 'selection' },
      hasMany: true,
      relationTo: ['posts'],
    },
  ],
  interfaceName: 'ArchiveBlock',
  labels: { plural: 'Archives', singular: 'Archive' },
}
