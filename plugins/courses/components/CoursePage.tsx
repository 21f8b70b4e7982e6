import NextLink from 'next/link'

import { Media } from '@/src/site/components/Media'
import { RichText } from '@/src/site/components/RichText'
import { ActionButton } from './ActionButton'
import { levelLabel, priceLabel } from './courseLabels'
import { certificatePath, coursePath, lessonPath, signInPath } from './coursePaths'
import { ProgressBar } from './ProgressBar'
import type { CoursePageData } from './queries/coursePage'
import { Syllabus } from './Syllabus'
import './courses.css'

type Props = CoursePageData & { signedIn: boolean }

/** How a visitor who is not enrolled gets in: enroll (free, or included in their tier), the price, or sign in first. */
function EnrollOffer({
  course,
  includedInTier,
  signedIn,
}: Pick<Props, 'course' | 'includedInTier' | 'signedIn'>) {
  if (course.status !== 'published')
    return <p>This course is archived and takes no new enrollments.</p>
  const enroll = `/api/courses/${course.id}/enroll`
  if (!course.price) {
    return signedIn ? (
      <ActionButton label="Enroll for free" url={enroll} />
    ) : (
      <p>
        Free. <NextLink href={signInPath(coursePath(course.slug))}>Sign in</NextLink> to enroll.
      </p>
    )
  }
  if (includedInTier) return <ActionButton label="Enroll with your membership" url={enroll} />
  return (
    <div className="course-price">
      <p>
        <strong className="course-price__amount">{priceLabel(course)}</strong>
        {course.includedInTiers?.length
          ? ` · included in a ${course.includedInTiers.join(' or ')} membership`
          : null}
      </p>
      <p>
        Enrollment by the site team or checkout.
        {!signedIn && (
          <>
            {' '}
            Members <NextLink href={signInPath(coursePath(course.slug))}>sign in</NextLink> to see
            their courses.
          </>
        )}
      </p>
    </div>
  )
}

/** `/courses/<slug>`: what the course is, its syllabus with the viewer's progress and locks, and how to enroll. */
export function CoursePage({
  course,
  durations,
  includedInTier,
  instructor,
  signedIn,
  state,
}: Props) {
  const { enrollment } = state
  const lessons = state.modules.flatMap((module) => module.lessons)
  const preview = lessons.find((lesson) => lesson.freePreview)
  const minutes = [...durations.values()].reduce((sum, value) => sum + value, 0)
  const facts = [
    instructor && `With ${instructor}`,
    levelLabel(course.level),
    `${lessons.length} ${lessons.length === 1 ? 'lesson' : 'lessons'}`,
    minutes ? `${minutes} min` : null,
    priceLabel(course),
  ]
  return (
    <article className="course-page container">
      <header className="page-heading">
        <h1>{course.title}</h1>
        {course.summary && <p className="course-page__summary">{course.summary}</p>}
        <p className="page-heading__meta">{facts.filter(Boolean).join(' · ')}</p>
      </header>
      {course.coverImage && typeof course.coverImage === 'object' && (
        <Media
          className="course-page__cover"
          preload
          resource={course.coverImage}
          sizes="(min-width: 64rem) 60rem, 100vw"
        />
      )}

      <section aria-label="Enrollment" className="course-page__enroll">
        {enrollment ? (
          <>
            <ProgressBar percent={state.percent} />
            {enrollment.status === 'completed' && enrollment.certificateCode ? (
              <p>
                You completed this course.{' '}
                <NextLink href={certificatePath(enrollment.certificateCode)}>
                  Your certificate
                </NextLink>
              </p>
            ) : (
              state.resumeLessonId && (
                <NextLink
                  className="button button--default"
                  href={lessonPath(course.slug, state.resumeLessonId)}
                >
                  {state.percent ? 'Resume' : 'Start the course'}
                </NextLink>
              )
            )}
          </>
        ) : (
          <EnrollOffer course={course} includedInTier={includedInTier} signedIn={signedIn} />
        )}
        {preview && (
          <p>
            <NextLink
              href={lessonPath(course.slug, preview.id)}
            >{`Free preview: ${preview.title}`}</NextLink>
          </p>
        )}
      </section>

      {course.description && (
        <RichText className="course-page__description" data={course.description} />
      )}

      <Syllabus
        courseSlug={course.slug}
        durations={durations}
        enrolled={Boolean(enrollment)}
        modules={state.modules}
      />
    </article>
  )
}
