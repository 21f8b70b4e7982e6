import type { NextRequest } from 'next/server'

import { requestOrigin } from '@/src/site/hosts/requestOrigin'
import { querySite } from '@/src/site/queries/querySite'
import { querySitemapEntries } from '@/src/site/queries/querySitemapEntries'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ host: string }> }

const escapeXml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) =>
      ({ '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[char] ?? char,
  )

/** The site's published pages and posts, as absolute URLs on the host that was asked. */
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const site = await querySite((await params).host)
  if (!site) return new Response('No site answers on this host.', { status: 404 })
  const origin = requestOrigin(request)
  const entries = await querySitemapEntries(site.id)
  const urls = entries
    .map(
      ({ lastModified, path }) =>
        `  <url><loc>${escapeXml(`${origin}${path}`)}</loc><lastmod>${lastModified}</lastmod></url>`,
    )
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  return new Response(xml, {
    headers: {
      'Cache-Control': 'public, max-age=0, s-maxage=3600',
      'Content-Type': 'application/xml; charset=utf-8',
    },
  })
}
