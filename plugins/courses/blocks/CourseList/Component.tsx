import type { CourseListBlock as CourseListBlockData } from '@payload-types'
import NextLink from 'next/link'

import { CourseCardGrid } from '../../components/CourseCardGrid'
import { catalogueWhere, queryCourseCards } from '../../components/queries/catalogue'
import '../../components/courses.css'

type Props = Pick<CourseListBlockData, 'heading' | 'level' | 'limit' | 'price' | 'sort' | 'tag'> & {
  siteId: number
}

/** The `courseList` block: the catalogue's cards on any page of a site, with the catalogue's filters. */
export async function CourseListBlock({ heading, level, limit, price, siteId, sort, tag }: Props) {
  const filter = {
    level: level ?? undefined,
    price: price === 'all' ? undefined : (price ?? undefined),
    tag: tag || undefined,
  }
  // One more than shown tells whether the catalogue has more to offer.
  const shown = limit ?? 6
  const courses = await queryCourseCards(catalogueWhere(siteId, filter), {
    limit: shown + 1,
    sort: sort === 'title' ? 'title' : '-createdAt',
  })
  return (
    <section className="course-list-block">
      <div className="course-list-block__header">
        {heading && <h2>{heading}</h2>}
        {courses.length > shown && <NextLink href="/courses">All courses</NextLink>}
      </div>
      <CourseCardGrid
        courses={courses.slice(0, shown)}
        empty="No courses here yet."
        headingLevel={heading ? 3 : 2}
      />
    </section>
  )
}
