import { CourseCard } from './CourseCard'
import type { CatalogueCourse } from './queries/catalogue'

type Props = {
  courses: CatalogueCourse[]
  empty: string
  headingLevel?: 2 | 3
  preloadFirst?: boolean
}

/** Course cards in the site's card grid, on `/courses` and in the `courseList` block. */
export function CourseCardGrid({ courses, empty, headingLevel, preloadFirst = false }: Props) {
  if (!courses.length) return <p className="empty">{empty}</p>
  return (
    <ul className="card-grid course-card-grid">
      {courses.map((course, index) => (
        <li key={course.id}>
          <CourseCard
            course={course}
            headingLevel={headingLevel}
            preload={preloadFirst && index === 0}
          />
        </li>
      ))}
    </ul>
  )
}
