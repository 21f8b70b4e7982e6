import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { postData } from '../../tests/helpers/fixtures'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createUser } from '../../tests/helpers/users'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
})
afterAll(async () => t?.cleanup())

describe('posts through the Local API', () => {
  it('creates, reads, updates and deletes a post', async () => {
    const { payload } = t
    const post = await payload.create({ collection: 'posts', data: postData('first-light') })
    expect(post).toMatchObject({
      slug: 'first-light',
      _status: 'published',
      title: 'Post first-light',
    })

    const updated = await payload.update({
      id: post.id,
      collection: 'posts',
      data: { title: 'First light' },
    })
    expect(updated.title).toBe('First light')

    await payload.delete({ id: post.id, collection: 'posts' })
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(0)
  })

  it('lists the newest publication first', async () => {
    const older = await t.payload.create({
      collection: 'posts',
      data: postData('older', { publishedAt: '2026-01-01T00:00:00.000Z' }),
    })
    const newer = await t.payload.create({
      collection: 'posts',
      data: postData('newer', { publishedAt: '2026-06-01T00:00:00.000Z' }),
    })
    const { docs } = await t.payload.find({
      collection: 'posts',
      where: { id: { in: [older.id, newer.id] } },
    })
    expect(docs.map((post) => post.slug)).toEqual(['newer', 'older'])
  })

  it('copies each author’s id and name, and nothing else, into populatedAuthors', async () => {
    const { user: author } = await createUser(t.payload, 'author@test.local', ['editor'])
    const post = await t.payload.create({
      collection: 'posts',
      data: postData('by-author', { authors: [author.id] }),
    })
    const read = await t.payload.findByID({ id: post.id, collection: 'posts', depth: 0 })
    expect(read.populatedAuthors).toEqual([{ id: String(author.id), name: 'author' }])
  })

  it('links related posts and categories', async () => {
    const category = await t.payload.create({
      collection: 'categories',
      data: { slug: 'film', site: t.siteId, title: 'Film' },
    })
    const first = await t.payload.create({
      collection: 'posts',
      data: postData('related-a', { categories: [category.id] }),
    })
    const second = await t.payload.create({
      collection: 'posts',
      data: postData('related-b', { relatedPosts: [first.id] }),
    })
    const read = await t.payload.findByID({ id: second.id, collection: 'posts', depth: 1 })
    expect(
      read.relatedPosts?.map((related) => (typeof related === 'object' ? related.slug : related)),
    ).toEqual(['related-a'])
    const readFirst = await t.payload.findByID({ id: first.id, collection: 'posts', depth: 1 })
    expect(readFirst.categories?.map((c) => (typeof c === 'object' ? c.title : c))).toEqual([
      'Film',
    ])
  })
})
