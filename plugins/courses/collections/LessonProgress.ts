import type { CollectionConfig } from 'payload'

import { ownOrTaught } from '../access/courseAccess'
import { courseWriters } from '../roles'

const never = () => false

/**
 * One member's state in one lesson: completed (when), and the last position in its video. Written
 * only by the lesson endpoints (which check the enrollment and the lesson's lock), read by the
 * member and the course's staff.
 */
export const LessonProgress: CollectionConfig<'lesson-progress'> = {
  slug: 'lesson-progress',
  access: { create: never, delete: never, read: ownOrTaught, update: never },
  admin: {
    defaultColumns: ['user', 'lesson', 'completedAt', 'positionSeconds'],
    group: 'Courses',
    hidden: ({ user }) => !user,
  },
  custom: {
    site: {
      keepAccess: true,
      roles: courseWriters,
      siteFrom: { field: 'course', relationTo: 'courses' },
    },
  },
  fields: [
    { name: 'user', type: 'relationship', index: true, relationTo: 'users', required: true },
    { name: 'lesson', type: 'relationship', index: true, relationTo: 'lessons', required: true },
    { name: 'course', type: 'relationship', index: true, relationTo: 'courses', required: true },
    {
      name: 'enrollment',
      type: 'relationship',
      index: true,
      relationTo: 'enrollments',
      required: true,
    },
    { name: 'completedAt', type: 'date' },
    { name: 'positionSeconds', type: 'number', min: 0 },
  ],
  indexes: [{ fields: ['user', 'lesson'], unique: true }],
}
