import NextLink from 'next/link'

import { Media } from '../../../src/site/components/Media'
import type { CatalogueCourse } from './queries/catalogue'
import { coursePath, priceLabel } from './priceLabel'

type Props = { course: CatalogueCourse; headingLevel?: 2 | 3 }

/** A course teaser: cover, title (one link over the whole card), summary, level, size and price. */
export function CourseCard({ course, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card course-card">
      <div className="card__media course-card__media">
        {course.coverImage && typeof course.coverImage === 'object' ? <Media resource={course.coverImage} sizes="(min-width: 900px) 33vw, 100vw" /> : <span className="course-card__placeholder">{course.title}</span>}
      </div>
      <div className="card__body">
        <Heading className="card__title">
          <NextLink className="card__link" href={coursePath(course.slug)}>
            {course.title}
          </NextLink>
        </Heading>
        {course.summary && <p className="card__description">{course.summary}</p>}
        <p className="course-card__facts">
          <span>{course.level}</span> · <span>{`${course.lessons} ${course.lessons === 1 ? 'lesson' : 'lessons'}`}</span>
          {course.minutes > 0 && <span>{` · ${course.minutes} min`}</span>} · <strong>{priceLabel(course)}</strong>
        </p>
      </div>
    </article>
  )
}
