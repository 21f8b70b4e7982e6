import config from '@payload-config'
import { getPayload } from 'payload'

import { findCertificate } from '../../../../../../../plugins/courses/certificates/lookup'
import { requireCourseSite } from '../../../../../../../plugins/courses/components/requireCourseSite'

export const dynamic = 'force-dynamic'
export const metadata = { robots: { index: false }, title: 'Certificate' }

type Props = { params: Promise<{ code: string; host: string }> }

/** Anyone holding the link can check that the certificate is real; nothing about the member but their name. */
export default async function CertificateRoute({ params }: Props) {
  const { site } = await requireCourseSite(params)
  const { code } = await params
  const certificate = await findCertificate(await getPayload({ config }), code)
  const valid = certificate && certificate.siteName === site.name
  return (
    <div className="container certificate-page">
      <h1>Certificate</h1>
      {valid ? (
        <>
          <p data-valid="true">
            <strong>{certificate.memberName}</strong> completed <strong>{certificate.courseTitle}</strong> on{' '}
            {new Date(certificate.completedAt).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })}.
          </p>
          <p>{`Certificate ${certificate.code}, issued by ${certificate.siteName}.`}</p>
          <a className="button button--default" download href={`/api/certificates/${certificate.code}/pdf`}>
            Download PDF
          </a>
        </>
      ) : (
        <p data-valid="false">No certificate with this code was issued here.</p>
      )}
    </div>
  )
}
