import type { Field } from 'payload'

/** Set to the moment of first publication unless an editor picks a date. */
export const publishedAt: Field = {
  name: 'publishedAt',
  type: 'date',
  admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
  hooks: {
    beforeChange: [
      ({ siblingData, value }) =>
        siblingData._status === 'published' && !value ? new Date() : value,
    ],
  },
  index: true,
}
