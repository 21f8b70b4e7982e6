import { Banner, Link } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

import { AdminViewShell, viewUser } from '@/src/admin/AdminViewShell'
import { taughtCourses } from '../endpoints/instructorRoster'
import { CourseTree } from './CourseTree'
import { openCourseTree } from './openCourseTree'

/**
 * `/admin/course-builder/<courseId>`: one course's tree (also the course's "Builder" tab);
 * `/admin/course-builder`: the courses the user may open there.
 */
export async function CourseBuilderView(props: AdminViewServerProps) {
  const segments = props.params?.segments
  const rawId = Array.isArray(segments) ? segments[1] : undefined
  const user = viewUser(
    props,
    rawId ? `/course-builder/${encodeURIComponent(rawId)}` : '/course-builder',
  )
  const { req } = props.initPageResult
  const adminRoute = req.payload.config.routes.admin
  const shell = (title: string, children: ReactNode) => (
    <AdminViewShell {...props} className="course-builder-view" title={title}>
      {children}
    </AdminViewShell>
  )

  if (rawId !== undefined) {
    const id = Number(rawId)
    if (!/^\d{1,15}$/.test(rawId) || id < 1)
      return shell(
        'Course builder',
        <Banner type="error">{`"${rawId}" is not a course id.`}</Banner>,
      )
    const { refusal, tree } = await openCourseTree(req, id)
    if (!tree) return shell('Course builder', <Banner type="error">{refusal}</Banner>)
    return shell(
      `Course builder: ${tree.course.title}`,
      <CourseTree adminRoute={adminRoute} tree={tree} />,
    )
  }

  const courses = await taughtCourses(req.payload, user)
  if (!courses.length) {
    return shell(
      'Course builder',
      <Banner type="error">
        You build no courses here: the course builder is for the instructors, editors and admins of
        a site with courses.
      </Banner>,
    )
  }
  return shell(
    'Course builder',
    <ul className="course-builder__course-list">
      {courses.map((course) => (
        <li key={course.id}>
          <Link
            href={formatAdminURL({ adminRoute, path: `/course-builder/${course.id}` })}
            prefetch={false}
          >
            {course.title}
          </Link>{' '}
          <span className={`course-builder__badge course-builder__badge--status-${course.status}`}>
            {course.status}
          </span>
        </li>
      ))}
    </ul>,
  )
}
