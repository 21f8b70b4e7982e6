import type { GlobalConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { revalidateSite } from '../../src/site/revalidate'
import { link, linkRowLabel } from '../fields/link'

export const Footer: GlobalConfig = {
  slug: 'footer',
  access: { read: anyone, update: isEditor },
  fields: [
    {
      name: 'navItems',
      type: 'array',
      admin: { components: { RowLabel: linkRowLabel }, initCollapsed: true },
      fields: [link({ appearances: false })],
      maxRows: 12,
    },
    { name: 'note', type: 'text', admin: { description: 'A line under the links, such as a copyright.' } },
  ],
  hooks: { afterChange: [async ({ doc, req }) => (await revalidateSite(req), doc)] },
}
