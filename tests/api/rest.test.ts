import type { PaginatedDocs } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Page, Post } from '../../payload-types'
import { DEMO_ADMIN, DEMO_EDITOR } from '../../src/seed'
import { createApi, type Api } from '../helpers/api'
import { pageData, postData } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, login } from '../helpers/users'

/** The demo content is lightwave's: read it through lightwave's host, as its public site does. */
const lightwave = { headers: { host: 'lightwave.localhost' } }
let t: TestPayload
let api: Api
let editorToken: string
let adminToken: string
beforeAll(async () => {
  t = await createTestPayload({ seeded: true })
  api = createApi(t.config)
  editorToken = await login(t.payload, DEMO_EDITOR.email, DEMO_EDITOR.password)
  adminToken = await login(t.payload, DEMO_ADMIN.email, DEMO_ADMIN.password)
})
afterAll(async () => t?.cleanup())

describe('REST: public reading', () => {
  it('lists the published pages and posts', async () => {
    const pages = await api.get<PaginatedDocs<Page>>('/pages?depth=0', lightwave)
    expect(pages.status).toBe(200)
    expect(pages.body.docs.map((page) => page.slug).sort()).toEqual(['about', 'home'])

    const posts = await api.get<PaginatedDocs<Post>>('/posts?depth=0&limit=100', lightwave)
    expect(posts.status).toBe(200)
    expect(posts.body.totalDocs).toBe(6)
    expect(posts.body.docs[0]?.slug).toBe('scheduling-by-the-sun')
  })

  it('finds a page by its slug', async () => {
    const { body, status } = await api.get<PaginatedDocs<Page>>(
      '/pages?where[slug][equals]=home',
      lightwave,
    )
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]?.title).toBe('Home')
    expect(JSON.stringify(body.docs[0]?.hero.richText)).toContain(
      'Make the work. Prism runs the rest.',
    )
    expect(body.docs[0]?.layout.map((block) => block.blockType)).toEqual([
      'content',
      'mediaBlock',
      'banner',
      'archive',
      'relatedPosts',
      'code',
      'cta',
      'formBlock',
    ])
  })

  it('shows authors’ names on posts while keeping user records private', async () => {
    const { body } = await api.get<PaginatedDocs<Post>>(
      '/posts?where[slug][equals]=shot-lists-that-work',
    )
    expect(body.docs[0]?.populatedAuthors?.map((author) => author.name)).toEqual([DEMO_EDITOR.name])
    expect(JSON.stringify(body)).not.toContain('@prism.local')

    expect((await api.get('/users')).status).toBe(403)
    expect((await api.get('/users', { token: adminToken })).status).toBe(200)
  })
})

describe('REST: writing', () => {
  it('refuses an anonymous create and stores nothing', async () => {
    const response = await api.post('/pages', pageData('anonymous'))
    expect(response.status).toBe(403)
    expect(
      (await t.payload.count({ collection: 'pages', where: { site: { equals: t.siteId } } }))
        .totalDocs,
    ).toBe(2)
  })

  it('lets an editor create a page', async () => {
    const response = await api.post<{ doc: Page }>('/pages', pageData('from-editor'), {
      token: editorToken,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.slug).toBe('from-editor')
    expect(
      (await api.get<PaginatedDocs<Page>>('/pages?where[slug][equals]=from-editor')).body.totalDocs,
    ).toBe(1)
  })

  it('refuses a signed-in user without a role', async () => {
    const { token } = await createUser(t.payload, 'visitor@test.local', [])
    expect((await api.post('/pages', pageData('from-visitor'), { token })).status).toBe(403)
    expect((await api.post('/posts', postData('from-visitor'), { token })).status).toBe(403)
    expect(
      (await t.payload.count({ collection: 'pages', where: { slug: { equals: 'from-visitor' } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('REST: drafts', () => {
  it('hides a draft post from anonymous readers and shows it to editors', async () => {
    const created = await api.post<{ doc: Post }>(
      '/posts?draft=true',
      postData('work-in-progress', { _status: 'draft' }),
      {
        token: editorToken,
      },
    )
    expect(created.status).toBe(201)
    const { id } = created.body.doc

    const list = await api.get<PaginatedDocs<Post>>('/posts?depth=0&limit=100', lightwave)
    expect(list.body.docs.map((post) => post.slug)).not.toContain('work-in-progress')
    expect([403, 404]).toContain((await api.get(`/posts/${id}`)).status)
    expect(
      (await api.get<PaginatedDocs<Post>>('/posts?where[slug][equals]=work-in-progress&draft=true'))
        .body.totalDocs,
    ).toBe(0)

    const asEditor = await api.get<Post>(`/posts/${id}?draft=true`, { token: editorToken })
    expect(asEditor.status).toBe(200)
    expect(asEditor.body.slug).toBe('work-in-progress')
  })
})
