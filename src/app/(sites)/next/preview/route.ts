import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { resolveSite } from '@/plugins/sites'
import { isIndexHost } from '@/src/site/hosts/isIndexHost'
import { requestHost } from '@/src/site/hosts/requestHost'
import { siteOrigin } from '@/src/site/hosts/siteOrigin'
import { PREVIEW_PREFIX } from '@/src/site/hosts/siteRoute'
import { isSitePath } from '@/src/site/isSitePath'
import { verifiedPreviewTarget } from '@/src/site/previewPath'

const forbidden = () =>
  new Response(
    'You are not allowed to preview this page, or the preview link has expired: reload the document in the admin.',
    { status: 403 },
  )

/**
 * Opened by the admin's preview button and live-preview frame: the signed-in user the link was made
 * for, who may read the document's draft, gets draft mode (a cookie) and lands on `path` of the
 * document's `site`:
 * - on that site's own host, the path itself;
 * - on an index host (the admin at plain localhost or SERVER_URL), `/sites/<slug><path>`, which the
 *   proxy serves in draft mode only, so the preview stays where the editor's login cookie is;
 * - on another site's host, the same preview URL on the document's site, never this site's page.
 * The link carries a token signed for (collection, id, path, site, user) and no secret.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { searchParams } = request.nextUrl
  const path = searchParams.get('path') ?? ''
  if (!isSitePath(path))
    return new Response('`path` must be a path on this site, such as /about.', { status: 400 })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  const draft = await draftMode()
  const target = verifiedPreviewTarget(searchParams, user)
  // The draft is read as the user: a link is no key to a document they may not read.
  const readable =
    target &&
    (await payload.findByID({
      id: target.id,
      collection: target.collection,
      depth: 0,
      disableErrors: true,
      draft: true,
      overrideAccess: false,
      user,
    }))
  if (!user || !target || !readable) {
    draft.disable()
    return forbidden()
  }
  // The site only picks the host to redirect to; the token names it, so no input widens it.
  const site = target.site
    ? await payload.findByID({
        id: target.site,
        collection: 'sites',
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
      })
    : null
  const host = requestHost(request.headers) ?? ''
  const here = await resolveSite(payload, host)
  if (site && here?.id !== site.id && !isIndexHost(host))
    redirect(`${siteOrigin(site)}/next/preview?${searchParams.toString()}`)
  draft.enable()
  redirect(
    site && here?.id !== site.id
      ? `${PREVIEW_PREFIX}/${site.slug}${path === '/' ? '' : path}`
      : path,
  )
}
