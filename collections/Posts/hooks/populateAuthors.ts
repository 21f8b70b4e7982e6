import type { CollectionAfterReadHook } from 'payload'

import type { Post } from '@/payload-types'

type AuthorNames = Map<number, string>

/**
 * Copies each author's id and name into `populatedAuthors`, so readers see names but never user
 * records. Names are remembered for the rest of the request: a list of posts by the same few
 * authors costs one query per author, not one per post.
 */
export const populateAuthors: CollectionAfterReadHook<Post> = async ({ doc, req }) => {
  const ids = (doc.authors ?? []).map((author) => (typeof author === 'object' ? author.id : author))
  if (!ids.length) return { ...doc, populatedAuthors: [] }
  const names = ((req.context.authorNames as AuthorNames | undefined) ??= new Map())
  const missing = ids.filter((id) => !names.has(id))
  if (missing.length) {
    const { docs } = await req.payload.find({
      collection: 'users',
      depth: 0,
      limit: missing.length,
      pagination: false,
      req,
      select: { name: true },
      where: { id: { in: missing } },
    })
    for (const user of docs) names.set(user.id, user.name)
  }
  return {
    ...doc,
    populatedAuthors: ids
      .filter((id) => names.has(id))
      .map((id) => ({ id: String(id), name: names.get(id) })),
  }
}
