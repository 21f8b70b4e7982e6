import type { GlobalConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { revalidateSite } from '../../src/site/revalidate'
import { navItems } from '../fields/navItems'

export const Footer: GlobalConfig = {
  slug: 'footer',
  access: { read: anyone, update: isEditor },
  fields: [
    navItems(12),
    { name: 'note', type: 'text', admin: { description: 'A line under the links, such as a copyright.' } },
  ],
  hooks: { afterChange: [async ({ doc, req }) => (await revalidateSite(req), doc)] },
}
