import type { Block } from 'payload'

/** Shows a post's related posts; on a page it lists a chosen set of posts under a heading. */
export const RelatedPosts: Block = {
  slug: 'relatedPosts',
  fields: [
    { name: 'introContent', type: 'richText', label: 'Intro content' },
    { name: 'docs', type: 'relationship', hasMany: true, relationTo: 'posts', required: true },
  ],
  interfaceName: 'RelatedPostsBlock',
  labels: { plural: 'Related posts', singular: 'Related posts' },
}
