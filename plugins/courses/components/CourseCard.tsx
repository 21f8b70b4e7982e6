import { Card, cardImageSizes } from '@/src/site/components/Card'
import { Media } from '@/src/site/components/Media'
import { levelLabel, priceLabel } from './courseLabels'
import { coursePath } from './coursePaths'
import type { CatalogueCourse } from './queries/catalogue'

type Props = { course: CatalogueCourse; headingLevel?: 2 | 3; preload?: boolean }

/** A course teaser, on `/courses` and in the course blocks: cover, title, summary, level, size and price. */
export function CourseCard({ course, headingLevel, preload }: Props) {
  const facts = [
    levelLabel(course.level),
    `${course.lessons} ${course.lessons === 1 ? 'lesson' : 'lessons'}`,
    course.minutes > 0 ? `${course.minutes} min` : null,
  ].filter(Boolean)
  return (
    <Card
      className="course-card"
      headingLevel={headingLevel}
      href={coursePath(course.slug)}
      media={
        course.coverImage && typeof course.coverImage === 'object' ? (
          <Media preload={preload} resource={course.coverImage} sizes={cardImageSizes} />
        ) : (
          // The title again, as a drawn cover: decoration, so read only once.
          <span aria-hidden="true" className="card__placeholder course-card__placeholder">
            {course.title}
          </span>
        )
      }
      title={course.title}
    >
      {course.summary && <p className="card__description">{course.summary}</p>}
      <p className="course-card__facts">
        {`${facts.join(' · ')} · `}
        <strong className="course-card__price">{priceLabel(course)}</strong>
      </p>
    </Card>
  )
}
