import type { Field } from 'payload'

import { link, linkRowLabel } from './link'

/** The links of a navigation global (header, footer). */
export const navItems = (maxRows: number): Field => ({
  name: 'navItems',
  type: 'array',
  admin: { components: { RowLabel: linkRowLabel }, initCollapsed: true },
  fields: [link({ appearances: false })],
  maxRows,
})
