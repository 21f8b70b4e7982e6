import type { Course, Lesson, Media } from '@payload-types'
import NextLink from 'next/link'

import { RichText } from '@/src/site/components/RichText'
import { idOf } from '../../sites'
import { VideoPlayer } from '../../video/client'
import type { CourseState } from '../progress/courseState'
import { ActionButton } from './ActionButton'
import { coursePath, lessonPath } from './coursePaths'
import { LessonLockNotice } from './LessonLockNotice'
import { ProgressBar } from './ProgressBar'
import type { Lock } from './queries/lessonPage'
import './courses.css'

type Props = {
  course: Course
  lesson: Lesson | null
  lessonId: number
  lock: Lock | null
  signedIn: boolean
  state: CourseState
}

function Attachments({ files }: { files: Media[] }) {
  if (!files.length) return null
  return (
    <section aria-labelledby="attachments" className="lesson-page__attachments">
      <h2 id="attachments">Attachments</h2>
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <a download href={file.url!}>
              {file.alt || file.filename}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** `/courses/<slug>/lessons/<id>`: the lesson (video, body, attachments) with previous/next and completion, or why it is locked. */
export function LessonPage({ course, lesson, lessonId, lock, signedIn, state }: Props) {
  const all = state.modules.flatMap((module) =>
    module.lessons.map((entry) => ({ ...entry, module: module.title })),
  )
  const index = all.findIndex((entry) => entry.id === lessonId)
  const here = all[index]
  const [previous, next] = [all[index - 1], all[index + 1]]
  // Members may not read a private lesson video's document; its id is enough: the playback
  // endpoint asks the course's watch grant.
  const videoId = idOf(lesson?.video)
  const files = (lesson?.attachments ?? []).filter(
    (file): file is Media => typeof file === 'object' && Boolean(file.url),
  )
  return (
    <article className="lesson-page container">
      <nav aria-label="Breadcrumb" className="lesson-page__crumbs">
        <NextLink href={coursePath(course.slug)}>{course.title}</NextLink>
        <span aria-hidden="true"> › </span>
        <span>{here?.module}</span>
      </nav>
      <header className="lesson-page__header">
        <h1>{here?.title ?? lesson?.title}</h1>
        {state.enrollment && <ProgressBar percent={state.percent} />}
      </header>
      {lock ? (
        <LessonLockNotice
          course={course}
          lessonId={lessonId}
          lock={lock}
          signedIn={signedIn}
          state={state}
        />
      ) : (
        lesson && (
          <>
            {videoId !== undefined && <VideoPlayer title={lesson.title} videoId={videoId} />}
            {lesson.content && <RichText className="lesson-page__content" data={lesson.content} />}
            <Attachments files={files} />
            {state.enrollment &&
              (here?.completed ? (
                <p className="course-badge course-badge--done lesson-page__done">
                  <span aria-hidden="true">✓ </span>Completed
                </p>
              ) : (
                <ActionButton label="Mark complete" url={`/api/lessons/${lessonId}/complete`} />
              ))}
          </>
        )
      )}
      <nav aria-label="Lessons" className="lesson-page__pager">
        {previous && (
          <NextLink href={lessonPath(course.slug, previous.id)} rel="prev">
            <span aria-hidden="true">← </span>
            <span className="visually-hidden">Previous lesson: </span>
            {previous.title}
          </NextLink>
        )}
        {next && (
          <NextLink
            className="lesson-page__next"
            href={lessonPath(course.slug, next.id)}
            rel="next"
          >
            <span className="visually-hidden">Next lesson: </span>
            {next.title}
            <span aria-hidden="true"> →</span>
          </NextLink>
        )}
      </nav>
    </article>
  )
}
