import NextLink from 'next/link'

import { Media } from '../../../src/site/components/Media'
import { levelLabel, priceLabel } from './courseLabels'
import { coursePath } from './coursePaths'
import type { CatalogueCourse } from './queries/catalogue'

type Props = { course: CatalogueCourse; headingLevel?: 2 | 3; preload?: boolean }

/** A course teaser, on `/courses` and in the course blocks: cover, title (one link over the whole card), summary, level, size and price. */
export function CourseCard({ course, headingLevel = 3, preload }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const facts = [levelLabel(course.level), `${course.lessons} ${course.lessons === 1 ? 'lesson' : 'lessons'}`, course.minutes > 0 ? `${course.minutes} min` : null].filter(Boolean)
  return (
    <article className="card course-card">
      <div className="card__media course-card__media">
        {course.coverImage && typeof course.coverImage === 'object' ? (
          <Media preload={preload} resource={course.coverImage} sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw" />
        ) : (
          // The title again, as a drawn cover: decoration, so read only once.
          <span aria-hidden="true" className="course-card__placeholder">
            {course.title}
          </span>
        )}
      </div>
      <div className="card__body">
        <Heading className="card__title">
          <NextLink className="card__link" href={coursePath(course.slug)}>
            {course.title}
          </NextLink>
        </Heading>
        {course.summary && <p className="card__description">{course.summary}</p>}
        <p className="course-card__facts">
          {`${facts.join(' · ')} · `}
          <strong className="course-card__price">{priceLabel(course)}</strong>
        </p>
      </div>
    </article>
  )
}
