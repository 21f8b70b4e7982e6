import config from '@payload-config'
import { getPayload } from 'payload'

import { findCertificate } from '../../../../../../../plugins/courses/certificates/lookup'
import { CertificatePage } from '../../../../../../../plugins/courses/components/CertificatePage'
import { requireCourseSite } from '../../../../../../../plugins/courses/components/requireCourseSite'

export const dynamic = 'force-dynamic'
export const metadata = { robots: { index: false }, title: 'Certificate' }

type Props = { params: Promise<{ code: string; host: string }> }

/** A certificate of another site is "not valid" here: each site vouches only for its own. */
export default async function CertificateRoute({ params }: Props) {
  const { site } = await requireCourseSite(params)
  const { code } = await params
  const certificate = await findCertificate(await getPayload({ config }), decodeURIComponent(code), [site.id])
  return <CertificatePage certificate={certificate} code={decodeURIComponent(code).slice(0, 40)} />
}
