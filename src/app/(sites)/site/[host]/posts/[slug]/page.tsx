import type { Post } from '@payload-types'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CardGrid } from '@/src/site/components/CardGrid'
import { LivePreviewListener } from '@/src/site/components/LivePreviewListener'
import { Media } from '@/src/site/components/Media'
import { PostByline } from '@/src/site/components/PostByline'
import { PostCategories } from '@/src/site/components/PostCategories'
import { RichText } from '@/src/site/components/RichText'
import { docMetadata } from '@/src/site/docMetadata'
import { publicPath } from '@/src/site/previewPath'
import { draftContext } from '@/src/site/queries/draftContext'
import { queryDocBySlug } from '@/src/site/queries/queryDocBySlug'
import { redirectFromRules } from '@/src/site/redirectFromRules'
import { requireSite } from '@/src/site/requireSite'
import { siteIdOf } from '@/src/site/siteIdOf'

type Props = { params: Promise<{ host: string; slug: string }> }

/** Rendered on first request, then cached per host until a post change revalidates the site. */
export const generateStaticParams = (): { slug: string }[] => []
export const revalidate = 3600

export default async function PostRoute({ params }: Props) {
  const { site } = await requireSite(params)
  const { slug } = await params
  const post = await queryDocBySlug(site.id, 'posts', decodeURIComponent(slug))
  if (!post) {
    await redirectFromRules(site.id, `/posts/${slug}`)
    notFound()
  }
  const { draft } = await draftContext()
  // A related post of another site would link to a page this host does not have.
  const related = (post.relatedPosts ?? []).filter(
    (doc): doc is Post => typeof doc === 'object' && siteIdOf(doc.site) === site.id,
  )
  return (
    <article className="post">
      {draft && <LivePreviewListener />}
      <header className="post__header container">
        <PostCategories categories={post.categories} className="post__categories" />
        <h1 className="post__title">{post.title}</h1>
        <PostByline populatedAuthors={post.populatedAuthors} publishedAt={post.publishedAt} />
      </header>
      {post.heroImage && (
        <div className="post__hero container">
          <Media preload resource={post.heroImage} sizes="(min-width: 76rem) 72rem, 100vw" />
        </div>
      )}
      <div className="post__body container">
        <RichText className="post__content" data={post.content} />
      </div>
      {related.length > 0 && (
        <aside aria-labelledby="related-heading" className="post__related container">
          <h2 id="related-heading">Related posts</h2>
          <CardGrid headingLevel={3} posts={related} />
        </aside>
      )}
    </article>
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const context = await requireSite(params)
  const { slug } = await params
  const post = await queryDocBySlug(context.site.id, 'posts', decodeURIComponent(slug))
  return docMetadata(post, post ? publicPath('posts', post.slug) : `/posts/${slug}`, context)
}
