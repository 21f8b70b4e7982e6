import type { CourseCardBlock as CourseCardBlockData } from '@payload-types'

import { idOf } from '@/plugins/sites'
import { CourseCard } from '../../components/CourseCard'
import { catalogueWhere, queryCourseCards } from '../../components/queries/catalogue'
import '../../components/courses.css'

type Props = Pick<CourseCardBlockData, 'course' | 'note'> & { siteId: number }

/** The `courseCard` block: one course's catalogue card; nothing while the course is not published on this site. */
export async function CourseCardBlock({ course, note, siteId }: Props) {
  const id = idOf(course)
  if (id === undefined) return null
  const [card] = await queryCourseCards(
    { and: [catalogueWhere(siteId), { id: { equals: id } }] },
    { limit: 1 },
  )
  if (!card) return null
  return (
    <section className="course-card-block">
      {note && <p className="course-card-block__note">{note}</p>}
      <CourseCard course={card} />
    </section>
  )
}
