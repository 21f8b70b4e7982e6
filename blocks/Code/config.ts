import type { Block } from 'payload'

export const Code: Block = {
  slug: 'code',
  fields: [
    {
      name: 'language',
      type: 'select',
      defaultValue: 'typescript',
      options: [
        { label: 'TypeScript', value: 'typescript' },
        { label: 'JavaScript', value: 'javascript' },
        { label: 'CSS', value: 'css' },
        { label: 'Shell', value: 'shell' },
        { label: 'JSON', value: 'json' },
      ],
    },
    { name: 'code', type: 'code', label: false, required: true },
  ],
  interfaceName: 'CodeBlock',
}
