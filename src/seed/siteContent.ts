import type { Payload } from 'payload'

import { createDemoMedia } from './images'
import { heading, richText } from './lexical'
import { pageNavLink, pathNavLink } from './navLinks'
import { publishPage, publishPost } from './publish'
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
  const image = await createDemoMedia(payload, site, {
    name: `${demo.slug}-hero.png`,
    alt: `${demo.name}: abstract artwork in the site's colours`,
    height: 675,
    seed: imageSeed,
    width: 1200,
  })

  for (const [i, post] of demo.posts.entries()) {
    await publishPost(payload, site, {
      slug: post.slug,
      authors: [author],
      content: richText(post.body),
      heroImage: image.id,
      meta: { description: post.body.split('. ')[0], title: `${post.title} | ${demo.name}` },
      publishedAt: new Date(Date.UTC(2026, 10, 1 + i * 7)).toISOString(),
      title: post.title,
    })
  }

  const about = await publishPage(payload, site, {
    slug: 'about',
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
    title: 'About',
  })

  await publishPage(payload, site, {
    slug: 'home',
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
    title: 'Home',
  })

  await payload.update({
    id: site,
    collection: 'sites',
    context,
    data: {
      footerNav: [pathNavLink('Sitemap', '/sitemap.xml')],
      footerNote: `© ${demo.name}. Demo content, images generated locally.`,
      headerNav: [
        pageNavLink('About', about.id),
        pathNavLink('Posts', '/posts'),
        pathNavLink('Search', '/search'),
        ...(demo.featureNav ?? []).map(({ label, url }) => pathNavLink(label, url)),
      ],
      theme: { ...demo.theme, logo: null },
    },
  })
}
