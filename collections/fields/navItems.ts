import type { Field } from 'payload'

import { link, linkRowLabel } from './link'

/** A list of navigation links (a site's header or footer). */
export const navItems = (name: string, maxRows: number): Field => ({
  name,
  type: 'array',
  admin: { components: { RowLabel: linkRowLabel }, initCollapsed: true },
  fields: [link({ appearances: false })],
  maxRows,
})
