import type { Payload } from 'payload'

import { demoImage } from './images'
import { heading, richText } from './lexical'
import type { DemoSite } from './sites'

const context = { disableRevalidate: true }

/**
 * A site's own demo content: one image (generated small, so seeding nine sites stays quick), two
 * posts, an about page, a themed home page and the navigation. Documents never reference another
 * site's documents (the site field's filters refuse it), so each site gets its own image.
 */
export async function seedSiteContent(
  payload: Payload,
  demo: DemoSite,
  site: number,
  imageSeed: number,
  author: number,
): Promise<void> {
  const data = await demoImage(imageSeed, 1200, 675)
  const image = await payload.create({
    collection: 'media',
    context,
    data: { alt: `${demo.name}: abstract artwork in the site's colours`, site },
    file: { name: `${demo.slug}-hero.png`, data, mimetype: 'image/png', size: data.length },
  })

  for (const [i, post] of demo.posts.entries()) {
    await payload.create({
      collection: 'posts',
      context,
      data: {
        slug: post.slug,
        _status: 'published',
        authors: [author],
        content: richText(post.body),
        heroImage: image.id,
        meta: { description: post.body.split('. ')[0], title: `${post.title} | ${demo.name}` },
        publishedAt: new Date(Date.UTC(2026, 10, 1 + i * 7)).toISOString(),
        site,
        title: post.title,
      },
    })
  }

  const about = await payload.create({
    collection: 'pages',
    context,
    data: {
      slug: 'about',
      _status: 'published',
      hero: {
        type: 'lowImpact',
        richText: richText(heading('h1', `About ${demo.name}`), demo.description),
      },
      layout: [
        {
          blockType: 'content',
          columns: demo.features.map(([title, text]) => ({
            richText: richText(heading('h3', title), text),
            size: 'oneThird' as const,
          })),
        },
      ],
      meta: { description: demo.description, title: `About | ${demo.name}` },
      site,
      title: 'About',
    },
  })

  await payload.create({
    collection: 'pages',
    context,
    data: {
      slug: 'home',
      _status: 'published',
      hero: {
        type: 'highImpact',
        links: [
          {
            link: {
              type: 'reference',
              appearance: 'default',
              label: `About ${demo.name}`,
              reference: { relationTo: 'pages', value: about.id },
            },
          },
        ],
        media: image.id,
        richText: richText(heading('h1', demo.tagline), demo.description),
      },
      layout: [
        {
          blockType: 'content',
          columns: demo.features.map(([title, text]) => ({
            richText: richText(heading('h2', title), text),
            size: 'oneThird' as const,
          })),
        },
        {
          blockType: 'archive',
          introContent: richText(heading('h2', 'Latest posts')),
          limit: 3,
          populateBy: 'collection',
          relationTo: 'posts',
        },
        {
          blockType: 'cta',
          links: [
            {
              link: {
                type: 'reference',
                appearance: 'default',
                label: 'Read more',
                reference: { relationTo: 'pages', value: about.id },
              },
            },
          ],
          richText: richText(heading('h3', `What ${demo.name} is for`), demo.description),
        },
      ],
      meta: {
        description: demo.description,
        image: image.id,
        title: `${demo.name} — ${demo.tagline}`,
      },
      site,
      title: 'Home',
    },
  })

  await payload.update({
    id: site,
    collection: 'sites',
    context,
    data: {
      footerNav: [{ link: { type: 'custom', label: 'Sitemap', url: '/sitemap.xml' } }],
      footerNote: `© ${demo.name}. Demo content, images generated locally.`,
      headerNav: [
        {
          link: {
            type: 'reference',
            label: 'About',
            reference: { relationTo: 'pages', value: about.id },
          },
        },
        { link: { type: 'custom', label: 'Posts', url: '/posts' } },
        { link: { type: 'custom', label: 'Search', url: '/search' } },
        ...(demo.featureNav ?? []).map(({ label, url }) => ({
          link: { type: 'custom' as const, label, url },
        })),
      ],
      theme: { ...demo.theme, logo: null },
    },
  })
}
