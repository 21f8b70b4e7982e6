import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { hostOrigin } from '@/src/site/hosts/hostOrigin'
import { requireSiteFeature } from '@/src/site/requireSiteFeature'
import { queryApprovedComments } from '../../components/queries/queryApprovedComments'
import { queryWatchPage } from '../../components/queries/queryWatchPage'
import { WatchPage } from '../../components/WatchPage'
import { watchPath } from '../../components/watchPath'
import { VIDEO_FEATURE } from '../../roles'

type Props = {
  params: Promise<{ host: string; id: string }>
  searchParams: Promise<{ share?: string | string[] }>
}

async function load({ params, searchParams }: Props) {
  const context = await requireSiteFeature(params, VIDEO_FEATURE)
  const { id } = await params
  const { share } = await searchParams
  const token = typeof share === 'string' && share ? share : undefined
  const page = await queryWatchPage(context.site.id, id, token)
  if (!page) notFound()
  return { ...context, ...page, token }
}

export default async function WatchRoute(props: Props) {
  const { shared, token, video } = await load(props)
  const comments = shared ? null : await queryApprovedComments(video.id)
  return <WatchPage comments={comments} share={token} video={video} />
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { host, shared, site, video } = await load(props)
  const origin = hostOrigin(host)
  const description = video.description?.slice(0, 160) || `A video on ${site.name}.`
  // Only an openly public video's thumbnail is served to anyone, such as a link preview's crawler.
  const image =
    !shared && !video.requirePassword && video.thumbnail
      ? `${origin}/api/videos/${video.id}/thumbnail`
      : undefined
  return {
    alternates: { canonical: `${origin}${watchPath(video.id)}` },
    description,
    openGraph: {
      type: 'video.other',
      description,
      images: image ? [image] : undefined,
      siteName: site.name,
      title: video.title,
      url: `${origin}${watchPath(video.id)}`,
    },
    // A share link is for its family, not for search engines.
    robots: shared ? { follow: false, index: false } : undefined,
    title: video.title,
  }
}
