import type { Field } from 'payload'

import { linkGroup } from '../../collections/fields/link'

/** The page hero: a group on every page rather than a layout block, so each page has exactly one. */
export const hero: Field = {
  name: 'hero',
  type: 'group',
  fields: [
    {
      name: 'type',
      type: 'select',
      defaultValue: 'lowImpact',
      options: [
        { label: 'None', value: 'none' },
        { label: 'High impact (full-bleed image)', value: 'highImpact' },
        { label: 'Medium impact (image below text)', value: 'mediumImpact' },
        { label: 'Low impact (text only)', value: 'lowImpact' },
      ],
      required: true,
    },
    { name: 'richText', type: 'richText', label: false },
    linkGroup({ maxRows: 2 }),
    {
      name: 'media',
      type: 'upload',
      admin: {
        condition: (_, siblingData) => ['highImpact', 'mediumImpact'].includes(siblingData?.type),
      },
      relationTo: 'media',
      required: true,
    },
  ],
  interfaceName: 'Hero',
  label: false,
}
