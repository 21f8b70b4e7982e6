import type { Metadata } from 'next'

import { Catalogue } from '../../../../../../plugins/courses/components/Catalogue'
import { catalogueFilter, queryCatalogue, queryCourseTags } from '../../../../../../plugins/courses/components/queries/catalogue'
import { requireCourseSite } from '../../../../../../plugins/courses/components/requireCourseSite'
import { hostOrigin } from '../../../../../site/hosts/hostOrigin'

// Filters live in the query string.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function CoursesRoute({ params, searchParams }: Props) {
  const { site } = await requireCourseSite(params)
  const filter = catalogueFilter(await searchParams)
  const [courses, tags] = await Promise.all([queryCatalogue(site.id, filter), queryCourseTags(site.id)])
  return <Catalogue courses={courses} filter={filter} tags={tags} />
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, site } = await requireCourseSite(params)
  return { alternates: { canonical: `${hostOrigin(host)}/courses` }, description: `Courses on ${site.name}.`, title: 'Courses' }
}
