import config from '@payload-config'
import type { User } from '@payload-types'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

/** The user signed in on this host (the admin's `payload-token` cookie), or null. */
export const siteUser = cache(async (): Promise<null | User> => {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return user?.collection === 'users' ? (user as User) : null
})
