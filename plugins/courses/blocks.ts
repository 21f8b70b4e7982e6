import { addPageBlocks } from '../../collections/fields/pageBlocks'
import type { Course } from '../../payload-types'
import { CourseCard } from './blocks/CourseCard/config'
import { CourseList } from './blocks/CourseList/config'

/** The CourseList and CourseCard blocks; a course is on them while published, so publishing, archiving, retitling or repricing one renders its site's pages again. */
export const addCourseBlocks = addPageBlocks<Course>({
  blocks: [CourseList, CourseCard],
  renderers: {
    courseCard: async () => (await import('./blocks/CourseCard/Component')).CourseCardBlock,
    courseList: async () => (await import('./blocks/CourseList/Component')).CourseListBlock,
  },
  shows: (course) => course?.status === 'published',
  source: 'courses',
})
