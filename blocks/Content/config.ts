import type { Block } from 'payload'

import { link } from '../../collections/fields/link'

export const Content: Block = {
  slug: 'content',
  fields: [
    {
      name: 'columns',
      type: 'array',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'size',
          type: 'select',
          defaultValue: 'oneThird',
          options: [
            { label: 'One third', value: 'oneThird' },
            { label: 'Half', value: 'half' },
            { label: 'Two thirds', value: 'twoThirds' },
            { label: 'Full', value: 'full' },
          ],
        },
        { name: 'richText', type: 'richText', label: false },
        { name: 'enableLink', type: 'checkbox' },
        { ...link(), admin: { condition: (_, siblingData) => Boolean(siblingData?.enableLink) } },
      ],
    },
  ],
  interfaceName: 'ContentBlock',
}
