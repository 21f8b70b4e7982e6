import type { Course, Enrollment } from '@payload-types'
import NextLink from 'next/link'

import { coursePath, lessonPath } from './priceLabel'
import { ProgressBar } from './ProgressBar'
import './courses.css'

type Props = { enrollments: (Enrollment & { course: Course })[] }

/** `/my-courses`: the member's courses on this site with progress, where to resume, and certificates. */
export function MyCourses({ enrollments }: Props) {
  return (
    <div className="my-courses container">
      <header className="page-heading">
        <h1>My courses</h1>
      </header>
      {enrollments.length === 0 ? (
        <p>
          You are not enrolled in any course yet. <NextLink href="/courses">Browse the courses.</NextLink>
        </p>
      ) : (
        <ul className="my-courses__list">
          {enrollments.map((enrollment) => {
            const lastLesson = typeof enrollment.lastLesson === 'number' ? enrollment.lastLesson : enrollment.lastLesson?.id
            return (
              <li key={enrollment.id}>
                <h2>
                  <NextLink href={coursePath(enrollment.course.slug)}>{enrollment.course.title}</NextLink>
                </h2>
                <ProgressBar percent={enrollment.progress ?? 0} />
                {enrollment.status === 'completed' && enrollment.certificateCode ? (
                  <p>
                    {`Completed on ${new Date(enrollment.completedAt!).toLocaleDateString('en-GB', { dateStyle: 'long' })}. `}
                    <NextLink href={`/certificates/${enrollment.certificateCode}`}>Your certificate</NextLink>
                  </p>
                ) : (
                  <NextLink href={lastLesson ? lessonPath(enrollment.course.slug, lastLesson) : coursePath(enrollment.course.slug)}>{lastLesson ? 'Resume' : 'Start'}</NextLink>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
