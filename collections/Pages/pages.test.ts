import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageData } from '../../tests/helpers/fixtures'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
})
afterAll(async () => t?.cleanup())

describe('pages through the Local API', () => {
  it('creates, reads, updates and deletes a page', async () => {
    const { payload } = t
    const created = await payload.create({ collection: 'pages', data: pageData('services') })
    expect(created).toMatchObject({
      slug: 'services',
      _status: 'published',
      title: 'Page services',
    })
    // Publishing stamps the first publication date.
    expect(new Date(created.publishedAt ?? '').getTime()).toBeGreaterThan(Date.now() - 60_000)

    const found = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'services' } },
    })
    expect(found.docs.map((page) => page.id)).toEqual([created.id])

    const updated = await payload.update({
      id: created.id,
      collection: 'pages',
      data: { title: 'Our services' },
    })
    expect(updated.title).toBe('Our services')
    expect((await payload.findByID({ id: created.id, collection: 'pages' })).title).toBe(
      'Our services',
    )

    await payload.delete({ id: created.id, collection: 'pages' })
    expect((await payload.count({ collection: 'pages' })).totalDocs).toBe(0)
  })

  it('keeps the layout blocks in order with their fields', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: pageData('blocks', {
        layout: [
          { blockType: 'code', code: 'first', language: 'shell' },
          { blockType: 'code', code: 'second', language: 'json' },
        ],
      }),
    })
    const read = await t.payload.findByID({ id: page.id, collection: 'pages' })
    expect(
      read.layout.map((block) => (block.blockType === 'code' ? block.code : block.blockType)),
    ).toEqual(['first', 'second'])
  })

  it('derives the slug from the title when none is given', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: pageData('', { title: 'Hello Brave World' }),
    })
    expect(page.slug).toBe('hello-brave-world')
  })
})
