import NextLink from 'next/link'

import { certificatePath, coursePath, lessonPath } from './coursePaths'
import { ProgressBar } from './ProgressBar'
import type { MyCourse } from './queries/myCourses'
import './courses.css'

const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

function NextStep({ course, open, resumeLessonId }: MyCourse) {
  if (!open) return <p>This enrollment has expired. Ask the site team to renew it.</p>
  if (!resumeLessonId) return <NextLink href={coursePath(course.slug)}>Go to the course</NextLink>
  return (
    <NextLink className="button button--default" href={lessonPath(course.slug, resumeLessonId)}>
      Resume<span className="visually-hidden">{` ${course.title}`}</span>
    </NextLink>
  )
}

/** `/my-courses`: the member's courses on this site with progress, where to resume, and certificates. */
export function MyCourses({ courses }: { courses: MyCourse[] }) {
  return (
    <div className="my-courses container">
      <header className="page-heading">
        <h1>My courses</h1>
      </header>
      {courses.length === 0 ? (
        <p>
          You are not enrolled in any course yet.{' '}
          <NextLink href="/courses">Browse the courses.</NextLink>
        </p>
      ) : (
        <ul className="my-courses__list">
          {courses.map((entry) => (
            <li className="my-courses__item" data-status={entry.status} key={entry.course.id}>
              <h2>
                <NextLink href={coursePath(entry.course.slug)}>{entry.course.title}</NextLink>
              </h2>
              <ProgressBar label={`Progress in ${entry.course.title}`} percent={entry.percent} />
              {entry.certificateCode && entry.completedAt ? (
                <p>
                  {`Completed on ${longDate(entry.completedAt)}. `}
                  <NextLink href={certificatePath(entry.certificateCode)}>
                    Your certificate
                  </NextLink>
                </p>
              ) : (
                <NextStep {...entry} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
