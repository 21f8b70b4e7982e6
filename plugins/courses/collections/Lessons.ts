import type { CollectionConfig } from 'payload'

import { lessonBodyAccess } from '../access/lessonAccess'
import { completeLessonEndpoint, lessonPositionEndpoint } from '../endpoints/lessonProgress'
import { refuseLockedLesson } from '../hooks/refuseLockedLesson'
import { stayInCourse } from '../hooks/stayInCourse'
import { coursePart } from './coursePart'

/**
 * A lesson: its title, duration and place in the syllabus are public with the course; its body,
 * video and attachments only for members enrolled in the course (and the site's course writers),
 * or for everyone when it is a free preview. Opening a locked lesson by id answers 403.
 */
export const Lessons: CollectionConfig<'lessons'> = {
  slug: 'lessons',
  ...coursePart({ field: 'module', relationTo: 'modules' }),
  admin: {
    defaultColumns: ['title', 'module', 'freePreview', 'durationMinutes'],
    group: 'Courses',
    useAsTitle: 'title',
  },
  defaultPopulate: {
    course: true,
    durationMinutes: true,
    freePreview: true,
    module: true,
    title: true,
  },
  endpoints: [completeLessonEndpoint, lessonPositionEndpoint],
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    { name: 'content', type: 'richText', access: { read: lessonBodyAccess } },
    {
      name: 'video',
      type: 'relationship',
      access: { read: lessonBodyAccess },
      admin: {
        description:
          'A video uploaded under Videos: processed and moderated like any other. Set it to Private; enrolled members may watch it here.',
      },
      relationTo: 'videos',
    },
    {
      name: 'attachments',
      type: 'upload',
      access: { read: lessonBodyAccess },
      hasMany: true,
      relationTo: 'media',
    },
    {
      name: 'module',
      type: 'relationship',
      admin: { position: 'sidebar' },
      index: true,
      relationTo: 'modules',
      required: true,
    },
    // Copied from the module by `stayInCourse`: access rules and progress queries filter on it.
    {
      name: 'course',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      relationTo: 'courses',
    },
    {
      name: 'durationMinutes',
      type: 'number',
      admin: { description: 'Estimated minutes.', position: 'sidebar' },
      min: 0,
    },
    {
      name: 'freePreview',
      type: 'checkbox',
      admin: { description: 'Anyone may open this lesson, enrolled or not.', position: 'sidebar' },
      defaultValue: false,
      index: true,
    },
  ],
  hooks: { beforeChange: [stayInCourse], beforeOperation: [refuseLockedLesson] },
}
