import type { Block } from 'payload'

import { cardListFields } from '@/collections/fields/cardListFields'
import { courseLevels } from '../../levels'

/** The page's site's published courses as cards, optionally narrowed like the catalogue's filters. */
export const CourseList: Block = {
  slug: 'courseList',
  fields: [
    ...cardListFields('Courses'),
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          admin: { description: 'Empty: every level.' },
          options: [...courseLevels],
        },
        {
          name: 'price',
          type: 'select',
          defaultValue: 'all',
          options: [
            { label: 'Free and paid', value: 'all' },
            { label: 'Free only', value: 'free' },
            { label: 'Paid only', value: 'paid' },
          ],
          required: true,
        },
        {
          name: 'tag',
          type: 'text',
          admin: { description: 'Only courses with this tag; empty for all.' },
          maxLength: 100,
        },
      ],
    },
    {
      name: 'sort',
      type: 'select',
      defaultValue: 'newest',
      options: [
        { label: 'Newest first', value: 'newest' },
        { label: 'By title', value: 'title' },
      ],
      required: true,
    },
  ],
  interfaceName: 'CourseListBlock',
  labels: { plural: 'Course lists', singular: 'Course list' },
}
