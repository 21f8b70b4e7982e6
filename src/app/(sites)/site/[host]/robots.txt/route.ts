import type { NextRequest } from 'next/server'

import { requestOrigin } from '@/src/site/hosts/requestOrigin'
import { querySite } from '@/src/site/queries/querySite'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ host: string }> }

/** Crawl rules of the site on this host, pointing at its own sitemap. */
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const site = await querySite((await params).host)
  if (!site) return new Response('No site answers on this host.', { status: 404 })
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Allow: /api/media/file/',
    'Disallow: /api/',
    'Disallow: /next/',
    'Disallow: /search',
    '',
    `Sitemap: ${requestOrigin(request)}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
