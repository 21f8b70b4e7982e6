import type { CollectionConfig } from 'payload'

import { fixedAfterCreate } from '../hooks/fixedAfterCreate'
import { coursePart } from './coursePart'

/** A section of a course: ordered within it, with its lessons (by join), drip delay and prerequisite. */
export const Modules: CollectionConfig<'modules'> = {
  slug: 'modules',
  ...coursePart({ field: 'course', relationTo: 'courses' }),
  admin: {
    defaultColumns: ['title', 'course', 'dripDays', 'requiresPrevious'],
    group: 'Courses',
    useAsTitle: 'title',
  },
  defaultPopulate: { course: true, dripDays: true, requiresPrevious: true, title: true },
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    { name: 'description', type: 'textarea', maxLength: 2000 },
    // Fixed for life (`fixedAfterCreate`): progress, enrollments and certificates hang off the course.
    {
      name: 'course',
      type: 'relationship',
      admin: { position: 'sidebar' },
      index: true,
      relationTo: 'courses',
      required: true,
    },
    {
      name: 'dripDays',
      type: 'number',
      admin: {
        description: 'Unlocks this many days after the member enrolled (0: at once).',
        position: 'sidebar',
      },
      defaultValue: 0,
      min: 0,
    },
    {
      name: 'requiresPrevious',
      type: 'checkbox',
      admin: {
        description: 'Unlocks only once every lesson of the previous module is complete.',
        position: 'sidebar',
      },
      defaultValue: false,
    },
    {
      name: 'lessons',
      type: 'join',
      admin: { allowCreate: true, defaultColumns: ['title', 'freePreview', 'durationMinutes'] },
      collection: 'lessons',
      on: 'module',
      orderable: true,
    },
  ],
  hooks: {
    beforeValidate: [
      fixedAfterCreate(
        ['course'],
        'A module cannot move to another course. Create it in that course instead.',
      ),
    ],
  },
}
