import config from '@payload-config'
import type { Search } from '@payload-types'
import { getPayload, type Where } from 'payload'

const RESULT_LIMIT = 24

export type SearchResult = Pick<Search, 'description' | 'doc' | 'id' | 'slug' | 'title'>

/** Site `siteId`'s search-index entries whose title or description contains every word of `query`. */
export async function querySearch(siteId: number, query: string): Promise<SearchResult[]> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 8)
  if (!words.length) return []
  const matchesWord = (word: string): Where => ({
    or: [{ title: { like: word } }, { description: { like: word } }],
  })
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'search',
    depth: 0,
    limit: RESULT_LIMIT,
    overrideAccess: false,
    select: { slug: true, description: true, doc: true, title: true },
    sort: ['priority', 'title'],
    where: { and: [{ site: { equals: siteId } }, ...words.map(matchesWord)] },
  })
  return docs
}
