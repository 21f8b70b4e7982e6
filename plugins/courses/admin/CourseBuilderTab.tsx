import { Banner, Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { CourseTree } from './CourseTree'
import { openCourseTree } from './openCourseTree'

/** The "Builder" tab of a course's edit view (`/admin/collections/courses/<id>/builder`). */
export async function CourseBuilderTab({ doc, initPageResult: { req } }: DocumentViewServerProps) {
  const { refusal, tree } = await openCourseTree(req, Number(doc.id))
  return (
    <Gutter className="course-builder-tab">
      {tree ? (
        <CourseTree adminRoute={req.payload.config.routes.admin} tree={tree} />
      ) : (
        <Banner type="error">{refusal}</Banner>
      )}
    </Gutter>
  )
}
