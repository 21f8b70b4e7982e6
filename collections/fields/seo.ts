import {
  MetaDescriptionField,
  MetaImageField,
  MetaTitleField,
  OverviewField,
  PreviewField,
} from '@payloadcms/plugin-seo/fields'
import type { Tab } from 'payload'

/** The SEO tab of pages and posts: title, description and share image feed <head> and OG tags. */
export const seoTab: Tab = {
  name: 'meta',
  fields: [
    OverviewField({
      descriptionPath: 'meta.description',
      imagePath: 'meta.image',
      titlePath: 'meta.title',
    }),
    MetaTitleField({ hasGenerateFn: true }),
    MetaImageField({ relationTo: 'media' }),
    MetaDescriptionField({}),
    PreviewField({
      descriptionPath: 'meta.description',
      hasGenerateFn: true,
      titlePath: 'meta.title',
    }),
  ],
  label: 'SEO',
}
