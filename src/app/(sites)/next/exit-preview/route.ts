import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { resolveSite } from '@/plugins/sites'

import { isIndexHost } from '@/src/site/hosts/isIndexHost'
import { requestHost } from '@/src/site/hosts/requestHost'
import { siteOrigin } from '@/src/site/hosts/siteOrigin'
import { devHost, previewAddress } from '@/src/site/hosts/siteRoute'
import { isSitePath } from '@/src/site/isSitePath'

/**
 * Leaves draft mode and goes back to `path` (or the home page), now showing published content. A
 * preview address of the admin's host (`/sites/<slug>/…`) exists in draft mode only: leaving it
 * goes to the same page on the site's own address.
 */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const requested = request.nextUrl.searchParams.get('path') ?? '/'
  const path = isSitePath(requested) ? requested : '/'
  const preview = previewAddress(path)
  if (preview && isIndexHost(requestHost(request.headers) ?? '')) {
    const site = await resolveSite(await getPayload({ config }), devHost(preview.slug))
    if (site) redirect(`${siteOrigin(site)}${preview.path}`)
  }
  redirect(path)
}
