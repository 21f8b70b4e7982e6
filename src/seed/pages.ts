import type { Page } from '../../payload-types'
import { heading, richText } from './lexical'

type Ids = { about: number; categories: number[]; image: number; posts: number[] }

/** The home page uses every layout block once, so it doubles as a showcase of what editors can build. */
export const demoHomeLayout = ({ about, categories, image, posts }: Ids): Page['layout'] => [
  {
    blockType: 'content',
    columns: [
      {
        richText: richText(
          heading('h2', 'Projects'),
          'From inquiry to delivery: clients, schedules, shot lists, galleries.',
        ),
        size: 'oneThird',
      },
      {
        richText: richText(
          heading('h2', 'Portfolios'),
          'Film reels, photo series and writing, on your own domain.',
        ),
        size: 'oneThird',
      },
      {
        enableLink: true,
        link: {
          type: 'reference',
          label: 'Learn more',
          reference: { relationTo: 'pages', value: about },
        },
        richText: richText(
          heading('h2', 'Publishing'),
          'Pages, posts and forms with drafts, scheduling and live preview.',
        ),
        size: 'oneThird',
      },
    ],
  },
  { blockType: 'mediaBlock', media: image },
  {
    blockType: 'banner',
    content: richText(
      'Everything on this page is demo content: sign in to the admin to change it.',
    ),
    style: 'info',
  },
  {
    blockType: 'archive',
    categories,
    introContent: richText(heading('h2', 'From the blog')),
    limit: 3,
    populateBy: 'collection',
    relationTo: 'posts',
  },
  {
    blockType: 'relatedPosts',
    docs: posts.slice(3, 5),
    introContent: richText(heading('h2', 'Editors’ picks')),
  },
  {
    blockType: 'code',
    code: "curl 'http://localhost:3000/api/posts?limit=3&depth=0'",
    language: 'shell',
  },
  {
    blockType: 'cta',
    links: [
      { link: { type: 'custom', appearance: 'default', label: 'Open the admin', url: '/admin' } },
    ],
    richText: richText(
      heading('h3', 'Ready to edit?'),
      'Sign in with the demo account and change this page.',
    ),
  },
]
