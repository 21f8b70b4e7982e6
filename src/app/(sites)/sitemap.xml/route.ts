import type { NextRequest } from 'next/server'

import { querySitemapEntries } from '../../../site/queries/querySitemapEntries'
import { siteOrigin } from '../../../site/siteOrigin'

export const dynamic = 'force-dynamic'

const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[char] ?? char)

/** Every published page and post, as absolute URLs of the address the site is served at. */
export async function GET(request: NextRequest): Promise<Response> {
  const origin = siteOrigin(request)
  const entries = await querySitemapEntries()
  const urls = entries
    .map(({ lastModified, path }) => `  <url><loc>${escapeXml(`${origin}${path}`)}</loc><lastmod>${lastModified}</lastmod></url>`)
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  return new Response(xml, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=3600', 'Content-Type': 'application/xml; charset=utf-8' } })
}
