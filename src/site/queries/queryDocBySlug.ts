import config from '@payload-config'
import type { Page, Post } from '@payload-types'
import { getPayload } from 'payload'
import { cache } from 'react'

import { draftContext } from './draftContext'

type Docs = { pages: Page; posts: Post }

/**
 * The page or post with `slug` on site `siteId` (slugs are unique per site only): its newest draft
 * in draft mode, else the published version.
 */
export const queryDocBySlug = cache(
  async <C extends keyof Docs>(
    siteId: number,
    collection: C,
    slug: string,
  ): Promise<Docs[C] | null> => {
    const { draft, user } = await draftContext()
    const payload = await getPayload({ config })
    const { docs } = await payload.find({
      collection,
      depth: 2,
      draft,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      user,
      where: { and: [{ site: { equals: siteId } }, { slug: { equals: slug } }] },
    })
    return (docs[0] as Docs[C] | undefined) ?? null
  },
)
