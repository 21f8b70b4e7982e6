import config from '@payload-config'
import type { Course, Enrollment } from '@payload-types'
import NextLink from 'next/link'
import { getPayload } from 'payload'

import { MyCourses } from '../../../../../../plugins/courses/components/MyCourses'
import { siteUser } from '../../../../../../plugins/courses/components/queries/siteUser'
import { requireCourseSite } from '../../../../../../plugins/courses/components/requireCourseSite'

export const dynamic = 'force-dynamic'
export const metadata = { robots: { index: false }, title: 'My courses' }

type Props = { params: Promise<{ host: string }> }

export default async function MyCoursesRoute({ params }: Props) {
  const { site } = await requireCourseSite(params)
  const user = await siteUser()
  if (!user) {
    return (
      <div className="container">
        <h1>My courses</h1>
        <p>
          <NextLink href="/admin/login?redirect=%2Fmy-courses">Sign in</NextLink> to see your courses.
        </p>
      </div>
    )
  }
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'enrollments',
    depth: 1,
    limit: 100,
    overrideAccess: false,
    populate: { courses: { slug: true, title: true } },
    sort: '-enrolledAt',
    user,
    where: { and: [{ user: { equals: user.id } }, { site: { equals: site.id } }] },
  })
  const enrollments = docs.filter((enrollment): enrollment is Enrollment & { course: Course } => typeof enrollment.course === 'object')
  return <MyCourses enrollments={enrollments} />
}
