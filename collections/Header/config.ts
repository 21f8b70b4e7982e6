import type { GlobalConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { revalidateSite } from '../../src/site/revalidate'
import { link, linkRowLabel } from '../fields/link'

export const Header: GlobalConfig = {
  slug: 'header',
  access: { read: anyone, update: isEditor },
  fields: [
    {
      name: 'navItems',
      type: 'array',
      admin: { components: { RowLabel: linkRowLabel }, initCollapsed: true },
      fields: [link({ appearances: false })],
      maxRows: 6,
    },
  ],
  hooks: { afterChange: [async ({ doc, req }) => (await revalidateSite(req), doc)] },
}
