import type { CollectionAfterReadHook } from 'payload'

import type { Post } from '../../../payload-types'

/** Copies each author's id and name into `populatedAuthors`, so readers see names but never user records. */
export const populateAuthors: CollectionAfterReadHook<Post> = async ({ doc, req }) => {
  const ids = (doc.authors ?? []).map((author) => (typeof author === 'object' ? author.id : author))
  if (!ids.length) return { ...doc, populatedAuthors: [] }
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: ids.length,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: ids } },
  })
  const byId = new Map(docs.map((user) => [user.id, user.name]))
  return {
    ...doc,
    populatedAuthors: ids.filter((id) => byId.has(id)).map((id) => ({ id: String(id), name: byId.get(id) })),
  }
}
