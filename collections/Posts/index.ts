import { type CollectionConfig, slugField } from 'payload'

import { Banner } from '../../blocks/Banner/config'
import { Code } from '../../blocks/Code/config'
import { MediaBlock } from '../../blocks/MediaBlock/config'
import { publishedContent } from '../../src/access/publishedContent'
import { previewPath } from '../../src/site/previewPath'
import { editorWithBlocks } from '../fields/lexical'
import { publishedAt } from '../fields/publishedAt'
import { seoTab } from '../fields/seo'
import { populateAuthors } from './hooks/populateAuthors'
import { revalidatePost, revalidatePostDelete } from './hooks/revalidatePost'

export const Posts: CollectionConfig<'posts'> = {
  slug: 'posts',
  // Each document belongs to one site (plugins/sites); the site's editors and admins write it.
  access: publishedContent,
  admin: {
    defaultColumns: ['title', 'slug', '_status', 'publishedAt'],
    livePreview: { url: ({ data, req }) => previewPath('posts', data, req.user) },
    preview: (data, { req }) => previewPath('posts', data, req.user),
    useAsTitle: 'title',
  },
  custom: { site: {} },
  defaultPopulate: {
    slug: true,
    categories: true,
    heroImage: true,
    meta: { description: true, image: true },
    publishedAt: true,
    // Cards and related posts are shown only on their own site: the site must come along.
    site: true,
    title: true,
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            {
              name: 'content',
              type: 'richText',
              editor: editorWithBlocks([Banner, Code, MediaBlock]),
              label: false,
              required: true,
            },
          ],
          label: 'Content',
        },
        {
          fields: [
            {
              name: 'relatedPosts',
              type: 'relationship',
              // A new post has no id yet: `not_in: [undefined]` would match nothing and reject every choice.
              filterOptions: ({ id }) => (id ? { id: { not_in: [id] } } : true),
              hasMany: true,
              relationTo: 'posts',
            },
            { name: 'categories', type: 'relationship', hasMany: true, relationTo: 'categories' },
          ],
          label: 'Meta',
        },
        seoTab,
      ],
    },
    publishedAt,
    {
      name: 'authors',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      relationTo: 'users',
    },
    {
      // Users are private; this copy of each author's public name is what visitors and the APIs see.
      name: 'populatedAuthors',
      type: 'array',
      access: { update: () => false },
      admin: { disabled: true, readOnly: true },
      fields: [
        { name: 'id', type: 'text' },
        { name: 'name', type: 'text' },
      ],
      virtual: true,
    },
    slugField(),
  ],
  hooks: {
    afterChange: [revalidatePost],
    afterDelete: [revalidatePostDelete],
    afterRead: [populateAuthors],
  },
  versions: {
    drafts: { autosave: { interval: 375 }, schedulePublish: true },
    maxPerDoc: 50,
  },
}
