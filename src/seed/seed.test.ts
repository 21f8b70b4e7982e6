import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { filesIn } from '../../tests/helpers/upload'
import { login } from '../../tests/helpers/users'
import { DEMO_ADMIN, DEMO_EDITOR, seed, seedIfEmpty } from './index'

let t: TestPayload
beforeAll(async () => {
  t = await createTestPayload()
})
afterAll(async () => t?.cleanup())

const collections = ['pages', 'posts', 'media', 'categories', 'users', 'forms'] as const

async function counts(): Promise<Record<(typeof collections)[number] | 'files', number>> {
  const entries = await Promise.all(
    collections.map(async (collection) => [collection, (await t.payload.count({ collection })).totalDocs] as const),
  )
  return { ...Object.fromEntries(entries), files: filesIn(t.mediaDir).length } as Record<(typeof collections)[number] | 'files', number>
}

describe('seed', () => {
  it('fills an empty database once, and reseeding gives the same content', async () => {
    expect(await seedIfEmpty(t.payload)).toBe(true)
    const first = await counts()
    // 8 images of 1600×900: the original plus six sizes each (xlarge, 1920 wide, is not upscaled).
    expect(first).toEqual({ categories: 3, files: 56, forms: 1, media: 8, pages: 2, posts: 6, users: 2 })

    expect(await seedIfEmpty(t.payload)).toBe(false)
    await seed(t.payload)
    expect(await counts()).toEqual(first)
  })

  it('leaves the demo accounts able to sign in', async () => {
    await expect(login(t.payload, DEMO_ADMIN.email, DEMO_ADMIN.password)).resolves.toEqual(expect.any(String))
    await expect(login(t.payload, DEMO_EDITOR.email, DEMO_EDITOR.password)).resolves.toEqual(expect.any(String))
    const { docs } = await t.payload.find({ collection: 'users', where: { email: { equals: DEMO_ADMIN.email } } })
    expect(docs[0]?.roles).toEqual(['admin'])
  })
})
