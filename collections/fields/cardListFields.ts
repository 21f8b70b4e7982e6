import type { Field } from 'payload'

/** The heading and card count of a block that lists documents as cards (courses, videos): one bound for every such list. */
export const cardListFields = (heading: string): Field[] => [
  { name: 'heading', type: 'text', defaultValue: heading, maxLength: 120 },
  {
    name: 'limit',
    type: 'number',
    admin: { step: 1 },
    defaultValue: 6,
    label: 'How many',
    max: 24,
    min: 1,
    required: true,
  },
]
