import { type Endpoint, NotFound } from 'payload'

import { requestSiteIds } from '../../sites'
import { certificatePdf } from './certificatePdf'
import { findCertificate } from './lookup'

/** `GET /api/certificates/:code`: anyone may check a certificate on its site's host (or an unscoped one); 404 `{ valid: false }` for an unknown code or another site's. */
export const verifyCertificateEndpoint: Endpoint = {
  handler: async (req) => {
    const certificate = await findCertificate(
      req.payload,
      String(req.routeParams?.code ?? ''),
      await requestSiteIds(req),
    )
    if (!certificate) return Response.json({ valid: false }, { status: 404 })
    return Response.json({ ...certificate, valid: true })
  },
  method: 'get',
  path: '/certificates/:code',
}

/** `GET /api/certificates/:code/pdf`: the printable certificate. */
export const certificatePdfEndpoint: Endpoint = {
  handler: async (req) => {
    const certificate = await findCertificate(
      req.payload,
      String(req.routeParams?.code ?? ''),
      await requestSiteIds(req),
    )
    if (!certificate) throw new NotFound(req.t)
    return new Response(Buffer.from(await certificatePdf(certificate)), {
      headers: {
        'Content-Disposition': `attachment; filename="certificate-${certificate.courseSlug}.pdf"`,
        'Content-Type': 'application/pdf',
      },
    })
  },
  method: 'get',
  path: '/certificates/:code/pdf',
}
