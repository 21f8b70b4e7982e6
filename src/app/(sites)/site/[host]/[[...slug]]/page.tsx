import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Hero } from '@/blocks/Hero/Component'
import { RenderBlocks } from '@/blocks/RenderBlocks'
import { LivePreviewListener } from '@/src/site/components/LivePreviewListener'
import { docMetadata } from '@/src/site/docMetadata'
import { publicPath } from '@/src/site/previewPath'
import { draftContext } from '@/src/site/queries/draftContext'
import { queryDocBySlug } from '@/src/site/queries/queryDocBySlug'
import { redirectFromRules } from '@/src/site/redirectFromRules'
import { requireSite } from '@/src/site/requireSite'

type Props = { params: Promise<{ host: string; slug?: string[] }> }

/** Rendered on first request, then cached per host and path until a page change revalidates it. */
export const generateStaticParams = (): { slug: string[] }[] => []
export const revalidate = 3600

/** `/` is the page whose slug is `home`; `/about` the page `about`. Deeper paths are only redirects. */
async function slugOf(params: Props['params']): Promise<null | string> {
  const { slug = [] } = await params
  if (slug.length === 0) return 'home'
  return slug.length === 1 ? decodeURIComponent(slug[0]) : null
}

export default async function PageRoute({ params }: Props) {
  const { site } = await requireSite(params)
  const slug = await slugOf(params)
  const page = slug ? await queryDocBySlug(site.id, 'pages', slug) : null
  if (!page) {
    const { slug: segments = [] } = await params
    await redirectFromRules(site.id, `/${segments.join('/')}`)
    notFound()
  }
  const { draft } = await draftContext()
  return (
    <article className="page">
      {draft && <LivePreviewListener />}
      <Hero hero={page.hero} title={page.title} />
      <RenderBlocks blocks={page.layout} siteId={site.id} />
    </article>
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const context = await requireSite(params)
  const slug = await slugOf(params)
  const page = slug ? await queryDocBySlug(context.site.id, 'pages', slug) : null
  // The home page is titled by the site's own name rather than "Home | Site".
  if (page?.slug === 'home' && !page.meta?.title)
    return { ...docMetadata(page, '/', context), title: { absolute: context.site.name } }
  return docMetadata(page, page ? publicPath('pages', page.slug) : '/', context)
}
