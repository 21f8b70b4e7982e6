import type { Page, Post } from '../../payload-types'
import { richText } from '../../src/seed/lexical'

let fixtureSite = -1

/** The site the fixtures belong to unless told otherwise (set by `createTestPayload`). */
export function useFixtureSite(site: number): void {
  fixtureSite = site
}

type PageInput = Omit<Page, 'createdAt' | 'id' | 'updatedAt'>
type PostInput = Omit<Post, 'createdAt' | 'id' | 'updatedAt'>

/** The smallest page that passes validation: a title, a text-only hero and one code block. */
export const pageData = (slug: string, overrides: Partial<PageInput> = {}): PageInput => ({
  slug,
  _status: 'published',
  hero: { type: 'lowImpact' },
  layout: [{ blockType: 'code', code: `echo ${slug}`, language: 'shell' }],
  site: fixtureSite,
  title: `Page ${slug}`,
  ...overrides,
})

export const postData = (slug: string, overrides: Partial<PostInput> = {}): PostInput => ({
  slug,
  _status: 'published',
  content: richText(`The body of ${slug}.`),
  site: fixtureSite,
  title: `Post ${slug}`,
  ...overrides,
})
