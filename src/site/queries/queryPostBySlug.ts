import config from '@payload-config'
import type { Post } from '@payload-types'
import { getPayload } from 'payload'
import { cache } from 'react'

import { draftContext } from './draftContext'

/** The post with `slug`: its newest draft in draft mode, else the published version. */
export const queryPostBySlug = cache(async (slug: string): Promise<null | Post> => {
  const { draft, user } = await draftContext()
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'posts',
    depth: 2,
    draft,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
})
