import config from '@payload-config'
import { getPayload } from 'payload'

// Tags of the newest videos only: enough for a filter, and a bounded read.
const SCANNED_VIDEOS = 500

/** The tags of site `siteId`'s public videos, most used first, for the gallery's filter. */
export async function queryVideoTags(siteId: number): Promise<string[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'videos',
    depth: 0,
    limit: SCANNED_VIDEOS,
    overrideAccess: false,
    pagination: false,
    select: { tags: true },
    sort: '-createdAt',
    where: {
      and: [
        { site: { equals: siteId } },
        { status: { equals: 'approved' } },
        { visibility: { equals: 'public' } },
      ],
    },
  })
  const counts = new Map<string, number>()
  for (const tag of docs.flatMap((doc) => doc.tags ?? []))
    counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([tag]) => tag)
}
