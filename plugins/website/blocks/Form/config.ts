import type { Block } from 'payload'

/** Renders a form from the form builder; submissions are stored in `form-submissions`. */
export const FormBlock: Block = {
  slug: 'formBlock',
  fields: [
    { name: 'form', type: 'relationship', relationTo: 'forms', required: true },
    { name: 'enableIntro', type: 'checkbox', label: 'Show an intro above the form' },
    {
      name: 'introContent',
      type: 'richText',
      admin: { condition: (_, siblingData) => Boolean(siblingData?.enableIntro) },
      label: 'Intro content',
    },
  ],
  graphQL: { singularName: 'FormBlock' },
  interfaceName: 'FormBlock',
  labels: { plural: 'Form blocks', singular: 'Form block' },
}
