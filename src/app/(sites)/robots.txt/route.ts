import type { NextRequest } from 'next/server'

import { siteOrigin } from '../../../site/siteOrigin'

export const dynamic = 'force-dynamic'

export function GET(request: NextRequest): Response {
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Allow: /api/media/file/', 'Disallow: /api/', 'Disallow: /next/', 'Disallow: /search', '', `Sitemap: ${siteOrigin(request)}/sitemap.xml`, ''].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
