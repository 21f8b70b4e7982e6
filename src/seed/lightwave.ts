import type { Payload } from 'payload'

import type { Category, Media, User } from '../../payload-types'
import { demoImage } from './images'
import { heading, richText } from './lexical'
import { demoHomeLayout } from './pages'
import { demoPosts } from './posts'

const context = { disableRevalidate: true }

/** Lightwave, the platform's own marketing site: the issue-2 demo content (every core block, six posts). */
export async function seedLightwave(payload: Payload, { admin, editor, site }: { admin: User; editor: User; site: number }): Promise<void> {
  const film = await createCategory(payload, site, 'Film', 'film')
  const categories: Record<string, Category> = {
    cinematography: await createCategory(payload, site, 'Cinematography', 'cinematography', film.id),
    film,
    photography: await createCategory(payload, site, 'Photography', 'photography'),
  }

  const images: Media[] = []
  for (let i = 0; i < demoPosts.length + 2; i++) {
    const data = await demoImage(i)
    images.push(
      await payload.create({
        collection: 'media',
        context,
        data: { site, alt: `Abstract gradient artwork number ${i + 1}` },
        file: { data, mimetype: 'image/png', name: `demo-${i + 1}.png`, size: data.length },
      }),
    )
  }

  const posts = []
  for (const [i, post] of demoPosts.entries()) {
    posts.push(
      await payload.create({
        collection: 'posts',
        context,
        data: {
      site,
          _status: 'published',
          authors: [i % 2 ? admin.id : editor.id],
          categories: [categories[post.category].id],
          content: post.content,
          heroImage: images[i].id,
          meta: { description: post.description, image: images[i].id, title: `${post.title} | Prism` },
          publishedAt: new Date(Date.UTC(2026, 9, 1 + i * 5)).toISOString(),
          slug: post.slug,
          title: post.title,
        },
      }),
    )
  }
  for (const [i, post] of posts.entries()) {
    await payload.update({
      collection: 'posts',
      context,
      data: { relatedPosts: posts.filter((_, j) => j !== i && (j - i + 6) % 6 <= 2).map((p) => p.id) },
      id: post.id,
    })
  }

  const about = await payload.create({
    collection: 'pages',
    context,
    data: {
      site,
      _status: 'published',
      hero: { richText: richText(heading('h1', 'About Prism'), 'One system for the people who make films, photographs and images for a living.'), type: 'lowImpact' },
      layout: [
        {
          blockType: 'content',
          columns: [
            { richText: richText('Prism runs a family of creative websites from one content system: marketing and blogs, portfolios, video with moderation, courses, AI sessions and a generative studio.'), size: 'twoThirds' },
            { richText: richText('Everything you see here is editable in the admin panel, and readable over REST and GraphQL.'), size: 'oneThird' },
          ],
        },
      ],
      meta: { description: 'What Prism is and who it is for.', title: 'About | Prism' },
      slug: 'about',
      title: 'About',
    },
  })

  await payload.create({
    collection: 'pages',
    context,
    data: {
      site,
      _status: 'published',
      hero: {
        links: [
          { link: { appearance: 'default', label: 'Read the blog', type: 'custom', url: '/posts' } },
          { link: { appearance: 'outline', label: 'About Prism', reference: { relationTo: 'pages', value: about.id }, type: 'reference' } },
        ],
        media: images[demoPosts.length].id,
        richText: richText(
          heading('h1', 'Make the work. Prism runs the rest.'),
          'Projects, portfolios, video and courses for creative businesses — one system, every site.',
        ),
        type: 'highImpact',
      },
      layout: demoHomeLayout({ about: about.id, categories: Object.values(categories).map((c) => c.id), image: images[demoPosts.length + 1].id, posts: posts.map((p) => p.id) }),
      meta: { description: 'Prism: one content system for creative businesses.', image: images[demoPosts.length].id, title: 'Prism — creative business platform' },
      slug: 'home',
      title: 'Home',
    },
  })

  await payload.update({
    collection: 'sites',
    context,
    id: site,
    data: {
      headerNav: [
        { link: { label: 'Posts', type: 'custom', url: '/posts' } },
        { link: { label: 'About', reference: { relationTo: 'pages', value: about.id }, type: 'reference' } },
        { link: { label: 'Search', type: 'custom', url: '/search' } },
      ],
      footerNav: [
        { link: { label: 'Admin', type: 'custom', url: '/admin' } },
        { link: { label: 'GraphQL', type: 'custom', url: '/api/graphql-playground' } },
        { link: { label: 'Sitemap', type: 'custom', url: '/sitemap.xml' } },
      ],
      footerNote: '© Prism demo content. Images are generated locally.',
    },
  })
}

function createCategory(payload: Payload, site: number, title: string, slug: string, parent?: number) {
  return payload.create({ collection: 'categories', context, data: { parent, site, slug, title } })
}
