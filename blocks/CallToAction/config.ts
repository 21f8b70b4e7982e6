import type { Block } from 'payload'

import { linkGroup } from '../../collections/fields/link'

export const CallToAction: Block = {
  slug: 'cta',
  fields: [{ name: 'richText', type: 'richText', label: false }, linkGroup({ maxRows: 2 })],
  interfaceName: 'CallToActionBlock',
  labels: { plural: 'Calls to action', singular: 'Call to action' },
}
