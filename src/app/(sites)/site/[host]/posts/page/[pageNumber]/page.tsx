import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { postsPageHref } from '@/src/site/components/postsPageHref'
import { PostsArchive } from '@/src/site/components/PostsArchive'
import { hostOrigin } from '@/src/site/hosts/hostOrigin'
import { queryPosts } from '@/src/site/queries/queryPosts'
import { requireSite } from '@/src/site/requireSite'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ host: string; pageNumber: string }> }

async function pageOf(params: Props['params']): Promise<number> {
  const { pageNumber } = await params
  if (!/^[1-9]\d{0,5}$/.test(pageNumber)) notFound()
  return Number(pageNumber)
}

export default async function PostsPageRoute({ params }: Props) {
  const { site } = await requireSite(params)
  const page = await pageOf(params)
  // Page 1 has one address, `/posts`.
  if (page === 1) permanentRedirect('/posts')
  const result = await queryPosts(site.id, page)
  if (page > result.totalPages) notFound()
  return <PostsArchive result={result} />
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host } = await requireSite(params)
  const page = await pageOf(params)
  return {
    alternates: { canonical: `${hostOrigin(host)}${postsPageHref(page)}` },
    title: `Posts, page ${page}`,
  }
}
