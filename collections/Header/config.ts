import type { GlobalConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { revalidateSite } from '../../src/site/revalidate'
import { navItems } from '../fields/navItems'

export const Header: GlobalConfig = {
  slug: 'header',
  access: { read: anyone, update: isEditor },
  fields: [navItems(6)],
  hooks: { afterChange: [async ({ doc, req }) => (await revalidateSite(req), doc)] },
}
