import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { isSitePath } from '../../../../site/isSitePath'

/** Leaves draft mode and goes back to `path` (or the home page), now showing published content. */
export async function GET(request: NextRequest): Promise<Response> {
  ;(await draftMode()).disable()
  const path = request.nextUrl.searchParams.get('path') ?? '/'
  redirect(isSitePath(path) ? path : '/')
}
