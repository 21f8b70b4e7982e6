import type { Payload } from 'payload'

import type { Category, Media, User } from '../../payload-types'
import { createDemoMedia } from './images'
import { heading, richText } from './lexical'
import { pageNavLink, pathNavLink } from './navLinks'
import { demoHomeLayout } from './pages'
import { demoPosts } from './posts'
import { publishPage, publishPost } from './publish'

const context = { disableRevalidate: true }

/** Lightwave, the platform's own marketing site: the issue-2 demo content (every core block, six posts). */
export async function seedLightwave(
  payload: Payload,
  { admin, editor, site }: { admin: User; editor: User; site: number },
): Promise<void> {
  const film = await createCategory(payload, site, 'Film', 'film')
  const categories: Record<string, Category> = {
    cinematography: await createCategory(
      payload,
      site,
      'Cinematography',
      'cinematography',
      film.id,
    ),
    film,
    photography: await createCategory(payload, site, 'Photography', 'photography'),
  }

  const images: Media[] = []
  for (let i = 0; i < demoPosts.length + 2; i++) {
    images.push(
      await createDemoMedia(payload, site, {
        name: `demo-${i + 1}.png`,
        alt: `Abstract gradient artwork number ${i + 1}`,
        seed: i,
      }),
    )
  }

  const posts = []
  for (const [i, post] of demoPosts.entries()) {
    posts.push(
      await publishPost(payload, site, {
        slug: post.slug,
        authors: [i % 2 ? admin.id : editor.id],
        categories: [categories[post.category].id],
        content: post.content,
        heroImage: images[i].id,
        meta: {
          description: post.description,
          image: images[i].id,
          title: `${post.title} | Prism`,
        },
        publishedAt: new Date(Date.UTC(2026, 9, 1 + i * 5)).toISOString(),
        title: post.title,
      }),
    )
  }
  for (const [i, post] of posts.entries()) {
    await payload.update({
      id: post.id,
      collection: 'posts',
      context,
      data: {
        relatedPosts: posts.filter((_, j) => j !== i && (j - i + 6) % 6 <= 2).map((p) => p.id),
      },
    })
  }

  const about = await publishPage(payload, site, {
    slug: 'about',
    hero: {
      type: 'lowImpact',
      richText: richText(
        heading('h1', 'About Prism'),
        'One system for the people who make films, photographs and images for a living.',
      ),
    },
    layout: [
      {
        blockType: 'content',
        columns: [
          {
            richText: richText(
              'Prism runs a family of creative websites from one content system: marketing and blogs, portfolios, video with moderation, courses, AI sessions and a generative studio.',
            ),
            size: 'twoThirds',
          },
          {
            richText: richText(
              'Everything you see here is editable in the admin panel, and readable over REST and GraphQL.',
            ),
            size: 'oneThird',
          },
        ],
      },
    ],
    meta: { description: 'What Prism is and who it is for.', title: 'About | Prism' },
    title: 'About',
  })

  await publishPage(payload, site, {
    slug: 'home',
    hero: {
      type: 'highImpact',
      links: [
        {
          link: { type: 'custom', appearance: 'default', label: 'Read the blog', url: '/posts' },
        },
        {
          link: {
            type: 'reference',
            appearance: 'outline',
            label: 'About Prism',
            reference: { relationTo: 'pages', value: about.id },
          },
        },
      ],
      media: images[demoPosts.length].id,
      richText: richText(
        heading('h1', 'Make the work. Prism runs the rest.'),
        'Projects, portfolios, video and courses for creative businesses — one system, every site.',
      ),
    },
    layout: demoHomeLayout({
      about: about.id,
      categories: Object.values(categories).map((c) => c.id),
      image: images[demoPosts.length + 1].id,
      posts: posts.map((p) => p.id),
    }),
    meta: {
      description: 'Prism: one content system for creative businesses.',
      image: images[demoPosts.length].id,
      title: 'Prism — creative business platform',
    },
    title: 'Home',
  })

  await payload.update({
    id: site,
    collection: 'sites',
    context,
    data: {
      footerNav: [
        pathNavLink('Admin', '/admin'),
        pathNavLink('GraphQL', '/api/graphql-playground'),
        pathNavLink('Sitemap', '/sitemap.xml'),
      ],
      footerNote: '© Prism demo content. Images are generated locally.',
      headerNav: [
        pathNavLink('Posts', '/posts'),
        pageNavLink('About', about.id),
        pathNavLink('Search', '/search'),
      ],
    },
  })
}

function createCategory(
  payload: Payload,
  site: number,
  title: string,
  slug: string,
  parent?: number,
) {
  return payload.create({ collection: 'categories', context, data: { slug, parent, site, title } })
}
