import type { CollectionConfig } from 'payload'

import { navItems } from '@/collections/fields/navItems'
import { revalidateSiteDoc, revalidateSiteDocDelete } from '../hooks/revalidateSiteDoc'
import { sitesAccess } from '../access/sitesAccess'
import { domainsField } from '../fields/domainsField'
import { siteSlugField } from '../fields/siteSlugField'
import { clearSiteCacheAfterChange, clearSiteCacheAfterDelete } from '../hooks/clearSiteCacheHook'
import type { SiteFeature } from '../types'

const colour = (name: string, defaultValue: string, description: string) => ({
  name,
  type: 'text' as const,
  admin: { description, width: '33%' },
  defaultValue,
  required: true,
  validate: (value: null | string | undefined) =>
    /^#[0-9a-f]{6}$/i.test(value ?? '') || 'A colour like #1a2b3c',
})

/**
 * One website (tenant): its domains, theme, navigation and the features other plugins offer it.
 * Every tenant-owned document points to one.
 */
export const sitesCollection = (features: SiteFeature[]): CollectionConfig => ({
  slug: 'sites',
  access: sitesAccess,
  admin: { defaultColumns: ['name', 'slug', 'updatedAt'], useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'description',
      type: 'textarea',
      admin: {
        description: 'One sentence: what the site is for (site index, meta description fallback).',
      },
    },
    siteSlugField(),
    domainsField,
    {
      name: 'theme',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            colour('background', '#fbfaf7', 'Page background'),
            colour('foreground', '#17161c', 'Body text (AA contrast on the background)'),
            colour('accent', '#5b21b6', 'Links and buttons'),
          ],
        },
        {
          type: 'row',
          fields: [
            colour('accentForeground', '#ffffff', 'Text on accent buttons'),
            colour('surface', '#ffffff', 'Cards and panels'),
            {
              name: 'font',
              type: 'select',
              admin: { width: '33%' },
              defaultValue: 'serif',
              options: [
                { label: 'Serif headings', value: 'serif' },
                { label: 'Sans-serif', value: 'sans' },
                { label: 'Rounded', value: 'rounded' },
                { label: 'Monospace', value: 'mono' },
              ],
              required: true,
            },
          ],
        },
        { name: 'logo', type: 'upload', relationTo: 'media' },
      ],
    },
    {
      name: 'defaultLocale',
      type: 'select',
      defaultValue: 'en',
      options: [
        { label: 'English', value: 'en' },
        { label: 'Deutsch', value: 'de' },
      ],
      required: true,
    },
    navItems('headerNav', 6),
    navItems('footerNav', 12),
    {
      name: 'footerNote',
      type: 'text',
      admin: { description: 'A line under the footer links, such as a copyright.' },
    },
    ...(features.length
      ? [
          {
            name: 'features',
            type: 'select' as const,
            admin: {
              description: 'What this site offers besides pages and posts.',
              position: 'sidebar' as const,
            },
            hasMany: true,
            options: features,
          },
        ]
      : []),
  ],
  // Name, theme, navigation and domains are on every page of the site: drop them all when they change.
  hooks: {
    afterChange: [clearSiteCacheAfterChange, revalidateSiteDoc],
    afterDelete: [clearSiteCacheAfterDelete, revalidateSiteDocDelete],
  },
})
