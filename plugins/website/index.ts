import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { addPageBlocks } from '../../collections/fields/pageBlocks'
import type { Form } from '../../payload-types'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { env } from '../../src/env'
import { throttleCreates } from '../../src/rateLimit/throttleCreates'
import { seedSteps } from '../../src/seed/seedSteps'
import { publicPath } from '../../src/site/previewPath'
import type { SiteCollectionOptions } from '../sites'
import { FormBlock } from './blocks/Form/config'
import { websiteDemoSeed } from './demoSeed'
import { beforeSyncWithSearch } from './search/beforeSync'
import { searchFields } from './search/fields'

export type WebsitePluginOptions = {
  /** Appended to generated SEO titles: "About | Prism". */
  siteName?: string
}

/** The collections the official plugins add, each owned by a site (plugins/sites reads `custom.site`). */
const siteOwned: Record<string, SiteCollectionOptions> = {
  'form-submissions': { access: 'submissions', siteFrom: { field: 'form', relationTo: 'forms' } },
  forms: {},
  redirects: {},
  search: {},
}

/** The form block; a form sits on cached pages, so any change to one renders its site's pages again. */
const addFormBlock = addPageBlocks<Form>({
  blocks: [FormBlock],
  renderers: { formBlock: async () => (await import('./blocks/Form/Component')).FormBlock },
  shows: () => true,
  source: 'forms',
})

/**
 * Payload's official website plugins, configured for the core content: SEO fields, forms with stored
 * submissions (and the form block for pages), redirects, nested categories and a search index
 * over pages and posts. Its collections belong to sites (`custom.site`).
 */
export const websitePlugin =
  ({ siteName = 'Prism' }: WebsitePluginOptions = {}): Plugin =>
  async (incoming) => {
    const plugins: Plugin[] = [
      redirectsPlugin({
        collections: ['pages', 'posts'],
        overrides: {
          access: { create: isEditor, delete: isEditor, read: anyone, update: isEditor },
        },
        redirectTypes: ['301', '302'],
      }),
      nestedDocsPlugin({
        collections: ['categories'],
        generateURL: (docs) => docs.reduce((url, doc) => `${url}/${String(doc.slug)}`, ''),
      }),
      seoPlugin({
        generateTitle: ({ doc }) => (doc?.title ? `${String(doc.title)} | ${siteName}` : siteName),
        generateURL: ({ collectionSlug, doc }) =>
          doc?.slug && (collectionSlug === 'pages' || collectionSlug === 'posts')
            ? `${env.serverUrl}${publicPath(collectionSlug, String(doc.slug))}`
            : env.serverUrl,
      }),
      formBuilderPlugin({
        fields: { payment: false },
        formOverrides: {
          access: { create: isEditor, delete: isEditor, read: anyone, update: isEditor },
        },
        formSubmissionOverrides: {
          access: { create: anyone, delete: isEditor, read: isEditor, update: () => false },
          hooks: { beforeOperation: [throttleCreates('forms')] },
        },
      }),
      searchPlugin({
        beforeSync: beforeSyncWithSearch,
        collections: ['pages', 'posts'],
        defaultPriorities: { pages: 10, posts: 20 },
        searchOverrides: { fields: ({ defaultFields }) => [...defaultFields, ...searchFields] },
      }),
    ]
    let config = incoming
    for (const plugin of plugins) config = await plugin(config)
    const marked = {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        siteOwned[collection.slug]
          ? { ...collection, custom: { ...collection.custom, site: siteOwned[collection.slug] } }
          : collection,
      ),
    }
    return seedSteps.add(addFormBlock(marked), websiteDemoSeed)
  }
