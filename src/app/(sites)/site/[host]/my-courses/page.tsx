import NextLink from 'next/link'

import { MyCourses } from '../../../../../../plugins/courses/components/MyCourses'
import { signInPath } from '../../../../../../plugins/courses/components/coursePaths'
import { queryMyCourses } from '../../../../../../plugins/courses/components/queries/myCourses'
import { siteUser } from '../../../../../../plugins/courses/components/queries/siteUser'
import { requireCourseSite } from '../../../../../../plugins/courses/components/requireCourseSite'

// One member's own list.
export const dynamic = 'force-dynamic'
export const metadata = { robots: { index: false }, title: 'My courses' }

type Props = { params: Promise<{ host: string }> }

export default async function MyCoursesRoute({ params }: Props) {
  const { site } = await requireCourseSite(params)
  const user = await siteUser()
  if (!user) {
    return (
      <div className="container">
        <header className="page-heading">
          <h1>My courses</h1>
        </header>
        <p>
          <NextLink href={signInPath('/my-courses')}>Sign in</NextLink> to see your courses.
        </p>
      </div>
    )
  }
  return <MyCourses courses={await queryMyCourses(site.id, user)} />
}
