import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'
import { getPayload } from 'payload'

import { env } from '../../../../env'
import { isSitePath } from '../../../../site/isSitePath'

const forbidden = () => new Response('You are not allowed to preview this page.', { status: 403 })

/**
 * Opened by the admin's preview button and live-preview frame: a signed-in user with the preview
 * secret gets draft mode (a cookie) and lands on `path`, which then renders drafts.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { searchParams } = request.nextUrl
  const path = searchParams.get('path') ?? ''
  if (searchParams.get('previewSecret') !== env.previewSecret) return forbidden()
  if (!isSitePath(path)) return new Response('`path` must be a path on this site, such as /about.', { status: 400 })

  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  const draft = await draftMode()
  if (!user) {
    draft.disable()
    return forbidden()
  }
  draft.enable()
  redirect(path)
}
