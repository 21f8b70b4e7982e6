import type { PayloadRequest } from 'payload'

import { idOf } from '../../sites'
import { teachesSite } from '../progress/courseState'
import { type CourseTree, loadCourseTree, readCourse } from './loadCourseTree'

export type OpenedCourseTree = { refusal: null; tree: CourseTree } | { refusal: string; tree: null }

/**
 * The course's tree for those who build it (its site's instructors, editors and admins, global
 * writers), or the reason the user may not see it. Custom admin views are public by default, so the
 * course is read with the user's access and the role is checked before anything else is read.
 */
export async function openCourseTree(
  req: PayloadRequest,
  courseId: number,
): Promise<OpenedCourseTree> {
  const course = await readCourse(req, courseId)
  if (!course) return { refusal: `There is no course with id ${courseId}.`, tree: null }
  if (!teachesSite(req.user, idOf(course.site))) {
    return {
      refusal:
        "You are not allowed to open this course in the builder: it is for the instructors, editors and admins of the course's site. Ask a site admin for the instructor role.",
      tree: null,
    }
  }
  return { refusal: null, tree: await loadCourseTree(req, course) }
}
