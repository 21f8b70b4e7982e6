import type { Payload } from 'payload'

import type { Category, Media } from '../../payload-types'
import { demoImage } from './images'
import { heading, richText } from './lexical'
import { demoHomeLayout } from './pages'
import { demoPosts } from './posts'

export const DEMO_PASSWORD = 'prism-demo'
export const DEMO_ADMIN = { email: 'admin@prism.local', name: 'Prism Admin', password: DEMO_PASSWORD }
export const DEMO_EDITOR = { email: 'editor@prism.local', name: 'Mira Kovač', password: DEMO_PASSWORD }

/** Collections whose every document is demo content and is replaced on reseed. */
const contentCollections = ['form-submissions', 'search', 'redirects', 'pages', 'posts', 'forms', 'categories', 'media'] as const

/** Seeds only a database that has no users yet: the first start of a new install. */
export async function seedIfEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  await seed(payload)
  return true
}

/**
 * Replaces the demo content: clears the content collections, then creates the demo users (kept
 * if they exist), categories, images, posts, pages, a form and the navigation.
 */
export async function seed(payload: Payload): Promise<void> {
  const context = { disableRevalidate: true }
  for (const collection of contentCollections) {
    await payload.delete({ collection, context, where: { id: { exists: true } } })
  }

  const admin = await upsertUser(payload, { ...DEMO_ADMIN, roles: ['admin'] })
  const editor = await upsertUser(payload, { ...DEMO_EDITOR, roles: ['editor'] })

  const film = await createCategory(payload, 'Film', 'film')
  const categories: Record<string, Category> = {
    cinematography: await createCategory(payload, 'Cinematography', 'cinematography', film.id),
    film,
    photography: await createCategory(payload, 'Photography', 'photography'),
  }

  const images: Media[] = []
  for (let i = 0; i < demoPosts.length + 2; i++) {
    const data = await demoImage(i)
    images.push(
      await payload.create({
        collection: 'media',
        context,
        data: { alt: `Abstract gradient artwork number ${i + 1}` },
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

  const form = await payload.create({
    collection: 'forms',
    context,
    data: {
      confirmationMessage: richText('Thank you. We answer every message within two working days.'),
      confirmationType: 'message',
      fields: [
        { blockType: 'text', label: 'Your name', name: 'name', required: true, width: 50 },
        { blockType: 'email', label: 'Email', name: 'email', required: true, width: 50 },
        { blockType: 'textarea', label: 'What are you working on?', name: 'message', required: true, width: 100 },
      ],
      submitButtonLabel: 'Send',
      title: 'Contact',
    },
  })

  const about = await payload.create({
    collection: 'pages',
    context,
    data: {
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
      layout: demoHomeLayout({ about: about.id, categories: Object.values(categories).map((c) => c.id), form: form.id, image: images[demoPosts.length + 1].id, posts: posts.map((p) => p.id) }),
      meta: { description: 'Prism: one content system for creative businesses.', image: images[demoPosts.length].id, title: 'Prism — creative business platform' },
      slug: 'home',
      title: 'Home',
    },
  })

  await payload.updateGlobal({
    context,
    data: {
      navItems: [
        { link: { label: 'Posts', type: 'custom', url: '/posts' } },
        { link: { label: 'About', reference: { relationTo: 'pages', value: about.id }, type: 'reference' } },
        { link: { label: 'Search', type: 'custom', url: '/search' } },
      ],
    },
    slug: 'header',
  })
  await payload.updateGlobal({
    context,
    data: {
      navItems: [
        { link: { label: 'Admin', type: 'custom', url: '/admin' } },
        { link: { label: 'GraphQL', type: 'custom', url: '/api/graphql-playground' } },
        { link: { label: 'Sitemap', type: 'custom', url: '/sitemap.xml' } },
      ],
      note: '© Prism demo content. Images are generated locally.',
    },
    slug: 'footer',
  })
}

async function upsertUser(payload: Payload, user: { email: string; name: string; password: string; roles: ('admin' | 'editor')[] }) {
  const { docs } = await payload.find({ collection: 'users', limit: 1, where: { email: { equals: user.email } } })
  if (docs[0]) return payload.update({ collection: 'users', data: user, id: docs[0].id })
  return payload.create({ collection: 'users', data: user })
}

function createCategory(payload: Payload, title: string, slug: string, parent?: number) {
  return payload.create({ collection: 'categories', data: { parent, slug, title } })
}
