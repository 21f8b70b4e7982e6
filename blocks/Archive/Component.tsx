import type { ArchiveBlock as ArchiveBlockData, Post } from '@payload-types'

import { CardGrid } from '../../src/site/components/CardGrid'
import { RichText } from '../../src/site/components/RichText'
import { queryArchivePosts } from '../../src/site/queries/queryArchivePosts'

type Props = Pick<ArchiveBlockData, 'categories' | 'introContent' | 'limit' | 'populateBy' | 'selectedDocs'>

/** The newest posts of the chosen categories, or the editor's selection, as cards. */
export async function ArchiveBlock({ categories, introContent, limit, populateBy, selectedDocs }: Props) {
  const posts: Post[] =
    populateBy === 'selection'
      ? (selectedDocs ?? []).flatMap(({ value }) => (typeof value === 'object' ? [value] : []))
      : await queryArchivePosts({
          categories: (categories ?? []).map((category) => (typeof category === 'object' ? category.id : category)),
          limit: limit ?? 6,
        })
  return (
    <section className="archive">
      <RichText className="section-intro" data={introContent} />
      <CardGrid headingLevel={introContent ? 3 : 2} posts={posts} />
    </section>
  )
}
