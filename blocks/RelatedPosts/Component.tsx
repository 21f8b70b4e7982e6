import type { Post, RelatedPostsBlock as RelatedPostsBlockData } from '@payload-types'

import { CardGrid } from '../../src/site/components/CardGrid'
import { LexicalText } from '../../src/site/components/LexicalText'
import { siteIdOf } from '../../src/site/siteIdOf'

type Props = Pick<RelatedPostsBlockData, 'docs' | 'introContent'> & { siteId: number }

/**
 * Cards of the chosen posts of the page's site; unpublished ones arrive as bare ids and are left
 * out, and so are other sites' posts, which have no page on this host.
 */
export function RelatedPostsBlock({ docs, introContent, siteId }: Props) {
  const posts = (docs ?? []).filter(
    (doc): doc is Post => typeof doc === 'object' && siteIdOf(doc.site) === siteId,
  )
  if (!posts.length) return null
  return (
    <section className="related-posts">
      <LexicalText className="section-intro" data={introContent} />
      <CardGrid headingLevel={introContent ? 3 : 2} posts={posts} />
    </section>
  )
}
