import type { Certificate } from '../certificates/lookup'
import './courses.css'

const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

/** `/certificates/<code>`: whether a certificate is real, for anyone holding its link; nothing about the member but their name. */
export function CertificatePage({
  certificate,
  code,
}: {
  certificate: Certificate | null
  code: string
}) {
  return (
    <div className="certificate-page container">
      <header className="page-heading">
        <h1>Certificate</h1>
        <p className="page-heading__meta">{`Code ${code.toUpperCase()}`}</p>
      </header>
      {certificate ? (
        <section aria-label="Verification" className="certificate-page__card" data-valid="true">
          <p className="certificate-page__status">
            <span aria-hidden="true">✓ </span>Valid certificate
          </p>
          <dl>
            <dt>Awarded to</dt>
            <dd>{certificate.memberName}</dd>
            <dt>Course</dt>
            <dd>{certificate.courseTitle}</dd>
            {certificate.instructor && (
              <>
                <dt>Instructor</dt>
                <dd>{certificate.instructor}</dd>
              </>
            )}
            <dt>Completed on</dt>
            <dd>
              <time dateTime={certificate.completedAt}>{longDate(certificate.completedAt)}</time>
            </dd>
            <dt>Issued by</dt>
            <dd>{certificate.siteName}</dd>
          </dl>
          <a
            className="button button--default"
            download
            href={`/api/certificates/${certificate.code}/pdf`}
          >
            Download PDF
          </a>
        </section>
      ) : (
        <section aria-label="Verification" className="certificate-page__card" data-valid="false">
          <p className="certificate-page__status">Not valid</p>
          <p>
            No certificate with this code was issued on this site. Check the code for typing errors.
          </p>
        </section>
      )}
    </div>
  )
}
