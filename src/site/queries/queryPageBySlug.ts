import config from '@payload-config'
import type { Page } from '@payload-types'
import { getPayload } from 'payload'
import { cache } from 'react'

import { draftContext } from './draftContext'

/** The page with `slug`: its newest draft in draft mode, else the published version. */
export const queryPageBySlug = cache(async (slug: string): Promise<null | Page> => {
  const { draft, user } = await draftContext()
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'pages',
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
