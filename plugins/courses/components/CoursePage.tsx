import NextLink from 'next/link'

import { RichText } from '../../../src/site/components/RichText'
import { CourseAction } from './CourseActions'
import { coursePath, lessonPath, priceLabel } from './priceLabel'
import { ProgressBar } from './ProgressBar'
import type { CoursePageData } from './queries/coursePage'
import './courses.css'

type Props = CoursePageData & { signedIn: boolean }

const lockText = { drip: 'Opens later', previous: 'Opens after the previous module' } as const

/** `/courses/<slug>`: what the course is, its syllabus with the viewer's progress and locks, and how to enroll. */
export function CoursePage({ course, durations, instructor, signedIn, state }: Props) {
  const enrolled = Boolean(state.enrollment)
  const preview = state.modules.flatMap((module) => module.lessons).find((lesson) => lesson.freePreview)
  return (
    <article className="course-page container">
      <header className="page-heading">
        <h1>{course.title}</h1>
        {course.summary && <p className="course-page__summary">{course.summary}</p>}
        <p className="page-heading__meta">
          {[instructor && `With ${instructor}`, course.level, priceLabel(course)].filter(Boolean).join(' · ')}
        </p>
      </header>

      <section aria-label="Enrollment" className="course-page__enroll">
        {enrolled ? (
          <>
            <ProgressBar percent={state.percent} />
            {state.enrollment?.status === 'completed' ? (
              <p>
                You completed this course. <NextLink href="/my-courses">Your certificate is on My courses.</NextLink>
              </p>
            ) : (
              state.resumeLessonId && (
                <NextLink className="button button--default" href={lessonPath(course.slug, state.resumeLessonId)}>
                  {state.percent ? 'Resume' : 'Start the course'}
                </NextLink>
              )
            )}
          </>
        ) : signedIn ? (
          course.status === 'published' ? (
            <CourseAction action="enroll" label={course.price ? `Enroll (${priceLabel(course)})` : 'Enroll for free'} url={`/api/courses/${course.id}/enroll`} />
          ) : (
            <p>This course is archived and takes no new enrollments.</p>
          )
        ) : (
          <p>
            <NextLink href={`/admin/login?redirect=${encodeURIComponent(coursePath(course.slug))}`}>Sign in</NextLink> to enroll.
          </p>
        )}
        {!enrolled && preview && (
          <p>
            <NextLink href={lessonPath(course.slug, preview.id)}>{`Watch a free preview: ${preview.title}`}</NextLink>
          </p>
        )}
      </section>

      {course.description && <RichText className="course-page__description" data={course.description} />}

      <section aria-labelledby="syllabus" className="course-syllabus">
        <h2 id="syllabus">Syllabus</h2>
        <ol className="course-syllabus__modules">
          {state.modules.map((module) => (
            <li data-locked={enrolled && module.lockedBy ? module.lockedBy : undefined} key={module.id}>
              <h3>
                {module.title}
                {enrolled && module.lockedBy && <span className="course-badge course-badge--locked">{module.unlocksAt ? `Opens ${new Date(module.unlocksAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })}` : lockText[module.lockedBy]}</span>}
              </h3>
              <ol className="course-syllabus__lessons">
                {module.lessons.map((lesson) => (
                  <li data-completed={lesson.completed || undefined} key={lesson.id}>
                    <NextLink href={lessonPath(course.slug, lesson.id)}>{lesson.title}</NextLink>
                    {lesson.completed && <span className="course-badge course-badge--done">Completed</span>}
                    {lesson.freePreview && <span className="course-badge">Free preview</span>}
                    {durations.get(lesson.id) ? <span className="course-syllabus__minutes">{`${durations.get(lesson.id)} min`}</span> : null}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
