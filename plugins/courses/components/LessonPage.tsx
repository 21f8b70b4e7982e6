import type { Course, Lesson } from '@payload-types'
import NextLink from 'next/link'

import { RichText } from '../../../src/site/components/RichText'
import { VideoPlayer } from '../../video/client'
import type { CourseState } from '../progress/courseState'
import { CourseAction } from './CourseActions'
import { coursePath, lessonPath } from './priceLabel'
import { ProgressBar } from './ProgressBar'
import './courses.css'

type Props = { course: Course; lesson: Lesson | null; lessonId: number; locked: null | string; signedIn: boolean; state: CourseState }

/** `/courses/<slug>/lessons/<id>`: the lesson (body, video, attachments) with previous/next and completion, or why it is locked. */
export function LessonPage({ course, lesson, lessonId, locked, signedIn, state }: Props) {
  const all = state.modules.flatMap((module) => module.lessons.map((l) => ({ ...l, module: module.title })))
  const index = all.findIndex((l) => l.id === lessonId)
  const here = all[index]
  const [previous, next] = [all[index - 1], all[index + 1]]
  const video = lesson?.video && typeof lesson.video === 'object' ? lesson.video : null
  return (
    <article className="lesson-page container">
      <nav aria-label="Breadcrumb" className="lesson-page__crumbs">
        <NextLink href={coursePath(course.slug)}>{course.title}</NextLink> › {here?.module}
      </nav>
      <h1>{here?.title ?? lesson?.title}</h1>
      {state.enrollment && <ProgressBar percent={state.percent} />}
      {locked ? (
        <section className="lesson-page__locked" data-locked="true">
          <p>{locked}</p>
          {!state.enrollment &&
            (signedIn ? (
              <NextLink className="button button--default" href={coursePath(course.slug)}>
                Enroll on the course page
              </NextLink>
            ) : (
              <NextLink className="button button--default" href={`/admin/login?redirect=${encodeURIComponent(lessonPath(course.slug, lessonId))}`}>
                Sign in to enroll
              </NextLink>
            ))}
        </section>
      ) : (
        lesson && (
          <>
            {video && <VideoPlayer title={lesson.title} videoId={video.id} />}
            {lesson.content && <RichText className="lesson-page__content" data={lesson.content} />}
            {Array.isArray(lesson.attachments) && lesson.attachments.length > 0 && (
              <section aria-labelledby="attachments">
                <h2 id="attachments">Attachments</h2>
                <ul>
                  {lesson.attachments.map((file) =>
                    typeof file === 'object' && file.url ? (
                      <li key={file.id}>
                        <a download href={file.url}>
                          {file.filename ?? file.alt}
                        </a>
                      </li>
                    ) : null,
                  )}
                </ul>
              </section>
            )}
            {state.enrollment &&
              (here?.completed ? <p className="course-badge course-badge--done">Completed</p> : <CourseAction action="complete" label="Mark complete" url={`/api/lessons/${lessonId}/complete`} />)}
          </>
        )
      )}
      <nav aria-label="Lessons" className="lesson-page__pager">
        {previous && <NextLink href={lessonPath(course.slug, previous.id)} rel="prev">{`← ${previous.title}`}</NextLink>}
        {next && <NextLink href={lessonPath(course.slug, next.id)} rel="next">{`${next.title} →`}</NextLink>}
      </nav>
    </article>
  )
}
