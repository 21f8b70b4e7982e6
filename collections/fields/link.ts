import type { Field, GroupField } from 'payload'

/** Import-map path of the admin row label for arrays of links. */
export const linkRowLabel = '/collections/fields/LinkRowLabel#LinkRowLabel'

export type LinkAppearance = 'default' | 'outline'

type LinkOptions = {
  appearances?: false | LinkAppearance[]
  disableLabel?: boolean
  name?: string
}

/** A link to a page or post of this instance, or to any URL, with an optional button style. */
export const link = ({
  name = 'link',
  appearances,
  disableLabel = false,
}: LinkOptions = {}): GroupField => {
  const target: Field[] = [
    {
      name: 'reference',
      type: 'relationship',
      admin: { condition: (_, siblingData) => siblingData?.type === 'reference' },
      label: 'Document to link to',
      relationTo: ['pages', 'posts'],
      required: true,
    },
    {
      name: 'url',
      type: 'text',
      admin: { condition: (_, siblingData) => siblingData?.type === 'custom' },
      label: 'Custom URL',
      required: true,
    },
  ]
  const fields: Field[] = [
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'radio',
          admin: { layout: 'horizontal', width: '50%' },
          defaultValue: 'reference',
          options: [
            { label: 'Internal link', value: 'reference' },
            { label: 'Custom URL', value: 'custom' },
          ],
        },
        {
          name: 'newTab',
          type: 'checkbox',
          admin: { style: { alignSelf: 'flex-end' }, width: '50%' },
          label: 'Open in new tab',
        },
      ],
    },
    disableLabel
      ? { type: 'row', fields: target }
      : {
          type: 'row',
          fields: [
            ...target,
            { name: 'label', type: 'text', admin: { width: '50%' }, required: true },
          ],
        },
  ]
  if (appearances !== false) {
    const options = appearances ?? ['default', 'outline']
    fields.push({
      name: 'appearance',
      type: 'select',
      admin: { description: 'How the link is drawn.' },
      defaultValue: options[0],
      options: options.map((value) => ({
        label: value === 'default' ? 'Button' : 'Outline button',
        value,
      })),
    })
  }
  return { name, type: 'group', admin: { hideGutter: true }, fields }
}

export const linkGroup = ({
  appearances,
  maxRows,
}: { appearances?: LinkAppearance[] | false; maxRows?: number } = {}): Field => ({
  name: 'links',
  type: 'array',
  admin: { components: { RowLabel: linkRowLabel }, initCollapsed: true },
  fields: [link({ appearances })],
  maxRows,
})
