import type { ArchiveBlock as ArchiveBlockData, Post } from '@payload-types'

import { CardGrid } from '../../src/site/components/CardGrid'
import { LexicalText } from '../../src/site/components/LexicalText'
import { queryArchivePosts } from '../../src/site/queries/queryArchivePosts'
import { siteIdOf } from '../../src/site/siteIdOf'

type Props = Pick<
  ArchiveBlockData,
  'categories' | 'introContent' | 'limit' | 'populateBy' | 'selectedDocs'
> & { siteId: number }

/** The newest posts of the page's site in the chosen categories, or the editor's selection, as cards. */
export async function ArchiveBlock({
  categories,
  introContent,
  limit,
  populateBy,
  selectedDocs,
  siteId,
}: Props) {
  const posts: Post[] =
    populateBy === 'selection'
      ? // Only posts of this site: another site's post has no page on this host.
        (selectedDocs ?? []).flatMap(({ value }) =>
          typeof value === 'object' && siteIdOf(value.site) === siteId ? [value] : [],
        )
      : await queryArchivePosts({
          categories: (categories ?? []).map((category) =>
            typeof category === 'object' ? category.id : category,
          ),
          limit: limit ?? 6,
          siteId,
        })
  return (
    <section className="archive">
      <LexicalText className="section-intro" data={introContent} />
      <CardGrid headingLevel={introContent ? 3 : 2} posts={posts} />
    </section>
  )
}
