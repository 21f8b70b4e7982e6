import type { Block } from 'payload'

/** One course of the page's site, as its catalogue card, with an optional line on why to take it. */
export const CourseCard: Block = {
  slug: 'courseCard',
  fields: [
    {
      name: 'course',
      type: 'relationship',
      admin: { description: 'Shown while it is published.' },
      // A page links only its own site's courses; Payload's relationship validation enforces this on save too.
      filterOptions: ({ data }) =>
        data?.site
          ? {
              site: {
                equals: typeof data.site === 'object' ? data.site.id : data.site,
              },
            }
          : true,
      relationTo: 'courses',
      required: true,
    },
    {
      name: 'note',
      type: 'text',
      admin: { description: 'A sentence above the card, e.g. "Start here".' },
      maxLength: 160,
    },
  ],
  interfaceName: 'CourseCardBlock',
  labels: { plural: 'Course cards', singular: 'Course card' },
}
