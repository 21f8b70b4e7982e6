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
    const film = await payload.create({ collection: 'categories', data: { site: t.siteId, slug: 'film', title: 'Film' } })
    const cinematography = await payload.create({
      collection: 'categories',
      data: { site: t.siteId, parent: film.id, slug: 'cinematography', title: 'Cinematography' },
    })

    const read = await payload.findByID({ collection: 'categories', depth: 0, id: cinematography.id })
    expect(read.parent).toBe(film.id)
    expect(read.breadcrumbs?.map(({ label, url }) => ({ label, url }))).toEqual([
      { label: 'Film', url: '/film' },
      { label: 'Cinematography', url: '/film/cinematography' },
    ])
  })

  it('updates the children’s breadcrumbs when a parent is renamed', async () => {
    const { payload } = t
    const photo = await payload.create({ collection: 'categories', data: { site: t.siteId, slug: 'photo', title: 'Photo' } })
    const portraits = await payload.create({ collection: 'categories', data: { site: t.siteId, parent: photo.id, slug: 'portraits', title: 'Portraits' } })

    await payload.update({ collection: 'categories', data: { site: t.siteId, slug: 'photography', title: 'Photography' }, id: photo.id })
    const read = await payload.findByID({ collection: 'categories', id: portraits.id })
    expect(read.breadcrumbs?.map(({ url }) => url)).toEqual(['/photography', '/photography/portraits'])
  })

  it('deletes a category', async () => {
    const single = await t.payload.create({ collection: 'categories', data: { site: t.siteId, slug: 'single', title: 'Single' } })
    await t.payload.delete({ collection: 'categories', id: single.id })
    expect((await t.payload.find({ collection: 'categories', where: { slug: { equals: 'single' } } })).totalDocs).toBe(0)
  })
})
