import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../payload-types'
import { DEMO_EDITOR } from '../../src/seed'
import { createApi, type Api } from '../helpers/api'
import { postData } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { login } from '../helpers/users'

/** The demo content is lightwave's: read it through lightwave's host, as its public site does. */
const lightwave = { headers: { host: 'lightwave.localhost' } }
let t: TestPayload
let api: Api
let editorToken: string
beforeAll(async () => {
  t = await createTestPayload({ seeded: true })
  api = createApi(t.config)
  editorToken = await login(t.payload, DEMO_EDITOR.email, DEMO_EDITOR.password)
})
afterAll(async () => t?.cleanup())

type Docs<T> = { docs: T[]; totalDocs: number }
type PostSummary = Pick<Post, 'id' | 'slug' | 'title'> & {
  populatedAuthors?: { name?: null | string }[] | null
}

const LIST_POSTS = `query ($draft: Boolean) { Posts(limit: 100, draft: $draft) { totalDocs docs { id slug title } } }`

describe('GraphQL', () => {
  it('lists pages and posts', async () => {
    const pages = await api.graphql<{ Pages: Docs<{ slug: string }> }>(
      '{ Pages { docs { slug } } }',
      {},
      lightwave,
    )
    expect(pages.status).toBe(200)
    expect(pages.body.data?.Pages.docs.map((page) => page.slug).sort()).toEqual(['about', 'home'])

    const posts = await api.graphql<{ Posts: Docs<PostSummary> }>(LIST_POSTS, {}, lightwave)
    expect(posts.body.data?.Posts.totalDocs).toBe(6)
  })

  it('finds a post by slug with its authors’ public names', async () => {
    const { body } = await api.graphql<{ Posts: Docs<PostSummary> }>(
      `query ($slug: String) { Posts(where: { slug: { equals: $slug } }) { docs { title populatedAuthors { name } } } }`,
      { slug: 'shot-lists-that-work' },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.Posts.docs[0]).toMatchObject({
      populatedAuthors: [{ name: DEMO_EDITOR.name }],
      title: 'Shot lists that actually work',
    })
  })

  it('keeps users private from anonymous readers', async () => {
    const { body } = await api.graphql<{ Users: Docs<{ email: string }> | null }>(
      '{ Users { docs { email } } }',
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(body.data?.Users ?? null).toBeNull()
  })

  it('refuses an anonymous create and accepts an editor’s', async () => {
    const mutation = `mutation ($title: String!) { createCategory(data: { title: $title, slug: "gql" }) { id title } }`
    const anonymous = await api.graphql<{ createCategory: { title: string } | null }>(mutation, {
      title: 'GraphQL',
    })
    expect(anonymous.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(
      (await t.payload.count({ collection: 'categories', where: { slug: { equals: 'gql' } } }))
        .totalDocs,
    ).toBe(0)

    const editor = await api.graphql<{ createCategory: { title: string } | null }>(
      mutation,
      { title: 'GraphQL' },
      { token: editorToken },
    )
    expect(editor.body.errors).toBeUndefined()
    expect(editor.body.data?.createCategory?.title).toBe('GraphQL')
  })

  it('hides drafts from anonymous readers and shows them to editors with draft: true', async () => {
    const draft = await t.payload.create({
      collection: 'posts',
      data: postData('gql-draft', { _status: 'draft' }),
      draft: true,
    })

    const anonymous = await api.graphql<{ Posts: Docs<PostSummary> }>(LIST_POSTS, { draft: true })
    expect(anonymous.body.data?.Posts.docs.map((post) => post.slug)).not.toContain('gql-draft')
    const byId = await api.graphql<{ Post: PostSummary | null }>(
      `query ($id: Int!) { Post(id: $id, draft: true) { slug } }`,
      { id: draft.id },
    )
    expect(byId.body.data?.Post ?? null).toBeNull()
    expect(byId.body.errors?.length).toBeGreaterThan(0)

    const editor = await api.graphql<{ Posts: Docs<PostSummary> }>(
      LIST_POSTS,
      { draft: true },
      { token: editorToken },
    )
    expect(editor.body.data?.Posts.docs.map((post) => post.slug)).toContain('gql-draft')
  })
})
