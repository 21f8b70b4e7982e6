import type { Config, EditViewConfig } from 'payload'

import { addAdminViews } from '@/src/admin/addAdminViews'

import { teachesAnySite } from '../endpoints/instructorSites'

/** The courses plugin's admin: the course builder and instructor views, and their links in the navigation. */
export const addCoursesAdmin = (config: Config): Config =>
  addAdminViews(config, {
    navLinks: '/plugins/courses/admin/TeachingNavLinks#TeachingNavLinks',
    views: {
      // Not exact: also `/course-builder/<courseId>`.
      courseBuilder: {
        Component: '/plugins/courses/admin/CourseBuilderView#CourseBuilderView',
        meta: { title: 'Course builder' },
        path: '/course-builder',
      },
      instructor: {
        Component: '/plugins/courses/admin/InstructorView#InstructorView',
        exact: true,
        meta: { title: 'Instructor' },
        path: '/instructor',
      },
    },
  })

/** The "Builder" tab of a course's edit view: its whole syllabus, for those who teach on a site. */
export const courseBuilderTab: EditViewConfig = {
  Component: '/plugins/courses/admin/CourseBuilderTab#CourseBuilderTab',
  path: '/builder',
  tab: {
    condition: ({ req }) => teachesAnySite(req.user),
    href: '/builder',
    label: 'Builder',
    order: 150,
  },
}
