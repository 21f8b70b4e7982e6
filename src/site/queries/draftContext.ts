import config from '@payload-config'
import type { User } from '@payload-types'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

export type DraftContext = { draft: boolean; user: null | User }

/**
 * Whether this render shows drafts, and for whom. Headers are read only in draft mode, so a
 * published page stays statically cacheable; `cache` makes it one auth check per request.
 */
export const draftContext = cache(async (): Promise<DraftContext> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { draft: false, user: null }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { draft: Boolean(user), user: user?.collection === 'users' ? user : null }
})
