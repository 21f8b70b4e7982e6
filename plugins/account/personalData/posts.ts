import type { PersonalDataSource } from '../types'

const idOf = (author: number | { id: number }) => (typeof author === 'object' ? author.id : author)

/**
 * Posts the person is credited on. They belong to their site, so erasure keeps them and takes the
 * person out of `authors` (and so out of `populatedAuthors`).
 * Both queries run with full rights: their only condition is the user's own id.
 */
export const postsData: PersonalDataSource = {
  name: 'posts',
  collections: ['posts'],
  erase: async (req, userId) => {
    const { docs } = await req.payload.find({
      collection: 'posts',
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { authors: true },
      where: { authors: { contains: userId } },
    })
    for (const post of docs) {
      const authors = (post.authors ?? []).map(idOf).filter((author) => author !== userId)
      await req.payload.update({
        id: post.id,
        collection: 'posts',
        data: { authors },
        overrideAccess: true,
        req,
      })
    }
  },
  export: async (req, userId) =>
    (
      await req.payload.find({
        collection: 'posts',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: { slug: true, publishedAt: true, site: true, title: true },
        where: { authors: { contains: userId } },
      })
    ).docs,
}
