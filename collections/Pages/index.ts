import { type CollectionConfig, slugField } from 'payload'

import { Archive } from '../../blocks/Archive/config'
import { Banner } from '../../blocks/Banner/config'
import { CallToAction } from '../../blocks/CallToAction/config'
import { Code } from '../../blocks/Code/config'
import { Content } from '../../blocks/Content/config'
import { hero } from '../../blocks/Hero/config'
import { MediaBlock } from '../../blocks/MediaBlock/config'
import { RelatedPosts } from '../../blocks/RelatedPosts/config'
import { publishedContent } from '../../src/access/publishedContent'
import { previewPath } from '../../src/site/previewPath'
import { knownBlocks } from '../fields/knownBlocks'
import { publishedAt } from '../fields/publishedAt'
import { seoTab } from '../fields/seo'
import { revalidatePage, revalidatePageDelete } from './hooks/revalidatePage'

const layoutBlocks = [CallToAction, Content, MediaBlock, Archive, Banner, Code, RelatedPosts]

export const Pages: CollectionConfig<'pages'> = {
  slug: 'pages',
  // Each document belongs to one site (plugins/sites); the site's editors and admins write it.
  access: publishedContent,
  admin: {
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    livePreview: { url: ({ data, req }) => previewPath('pages', data, req.user) },
    preview: (data, { req }) => previewPath('pages', data, req.user),
    useAsTitle: 'title',
  },
  custom: { site: {} },
  defaultPopulate: { slug: true, title: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      type: 'tabs',
      tabs: [
        { fields: [hero], label: 'Hero' },
        {
          fields: [
            {
              name: 'layout',
              type: 'blocks',
              admin: { initCollapsed: true },
              blocks: layoutBlocks,
              required: true,
              validate: knownBlocks(layoutBlocks),
            },
          ],
          label: 'Content',
        },
        seoTab,
      ],
    },
    publishedAt,
    slugField(),
  ],
  hooks: {
    afterChange: [revalidatePage],
    afterDelete: [revalidatePageDelete],
  },
  versions: {
    drafts: { autosave: { interval: 375 }, schedulePublish: true },
    maxPerDoc: 50,
  },
}
