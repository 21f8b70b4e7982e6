import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
})
afterAll(async () => t?.cleanup())

describe('nested categories', () => {
  it('gives a child its parent and breadcrumbs from the root', async () => {
    const { payload } = t
    const film = await payload.create({
      collection: 'categories',
      data: { slug: 'film', site: t.siteId, title: 'Film' },
    })
    const cinematography = await payload.create({
      collection: 'categories',
      data: { slug: 'cinematography', parent: film.id, site: t.siteId, title: 'Cinematography' },
    })

    const read = await payload.findByID({
      id: cinematography.id,
      collection: 'categories',
      depth: 0,
    })
    expect(read.parent).toBe(film.id)
    expect(read.breadcrumbs?.map(({ label, url }) => ({ label, url }))).toEqual([
      { label: 'Film', url: '/film' },
      { label: 'Cinematography', url: '/film/cinematography' },
    ])
  })

  it('updates the children’s breadcrumbs when a parent is renamed', async () => {
    const { payload } = t
    const photo = await payload.create({
      collection: 'categories',
      data: { slug: 'photo', site: t.siteId, title: 'Photo' },
    })
    const portraits = await payload.create({
      collection: 'categories',
      data: { slug: 'portraits', parent: photo.id, site: t.siteId, title: 'Portraits' },
    })

    await payload.update({
      id: photo.id,
      collection: 'categories',
      data: { slug: 'photography', site: t.siteId, title: 'Photography' },
    })
    const read = await payload.findByID({ id: portraits.id, collection: 'categories' })
    expect(read.breadcrumbs?.map(({ url }) => url)).toEqual([
      '/photography',
      '/photography/portraits',
    ])
  })

  it('deletes a category', async () => {
    const single = await t.payload.create({
      collection: 'categories',
      data: { slug: 'single', site: t.siteId, title: 'Single' },
    })
    await t.payload.delete({ id: single.id, collection: 'categories' })
    expect(
      (await t.payload.find({ collection: 'categories', where: { slug: { equals: 'single' } } }))
        .totalDocs,
    ).toBe(0)
  })
})
