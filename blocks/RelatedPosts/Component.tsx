import type { Post, RelatedPostsBlock as RelatedPostsBlockData } from '@payload-types'

import { CardGrid } from '../../src/site/components/CardGrid'
import { RichText } from '../../src/site/components/RichText'

type Props = Pick<RelatedPostsBlockData, 'docs' | 'introContent'>

/** Cards of the chosen posts; unpublished ones arrive as bare ids and are left out. */
export function RelatedPostsBlock({ docs, introContent }: Props) {
  const posts = (docs ?? []).filter((doc): doc is Post => typeof doc === 'object')
  if (!posts.length) return null
  return (
    <section className="related-posts">
      <RichText className="section-intro" data={introContent} />
      <CardGrid headingLevel={introContent ? 3 : 2} posts={posts} />
    </section>
  )
}
