import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Footer, Header } from '../payload-types'
import { createApi, errorPaths, type Api } from './helpers/api'
import { createTestPayload, type TestPayload } from './helpers/testPayload'
import { createUser } from './helpers/users'

let t: TestPayload
let api: Api
let editorToken: string
beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  await createUser(t.payload, 'admin@test.local', ['admin'])
  editorToken = (await createUser(t.payload, 'editor@test.local', ['editor'])).token
})
afterAll(async () => t?.cleanup())

const navItem = (n: number) => ({ link: { label: `Item ${n}`, type: 'custom' as const, url: `/item-${n}` } })

describe('header', () => {
  it('stores up to six navigation items and serves them to anyone', async () => {
    await t.payload.updateGlobal({ data: { navItems: [1, 2, 3, 4, 5, 6].map(navItem) }, slug: 'header' })
    const read = await api.get<Header>('/globals/header')
    expect(read.status).toBe(200)
    expect(read.body.navItems?.map((item) => item.link.label)).toEqual(['Item 1', 'Item 2', 'Item 3', 'Item 4', 'Item 5', 'Item 6'])
  })

  it('rejects a seventh navigation item and keeps the six', async () => {
    const response = await api.post('/globals/header', { navItems: [1, 2, 3, 4, 5, 6, 7].map(navItem) }, { token: editorToken })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('navItems')
    await expect(t.payload.updateGlobal({ data: { navItems: [1, 2, 3, 4, 5, 6, 7].map(navItem) }, slug: 'header' })).rejects.toThrow(/Nav Items/)
    expect((await t.payload.findGlobal({ slug: 'header' })).navItems).toHaveLength(6)
  })

  it('refuses anonymous changes', async () => {
    expect((await api.post('/globals/header', { navItems: [] })).status).toBe(403)
  })
})

describe('footer', () => {
  it('stores its links and note', async () => {
    const response = await api.post<{ result: Footer }>(
      '/globals/footer',
      { navItems: [navItem(1)], note: '© Test' },
      { token: editorToken },
    )
    expect(response.status).toBe(200)
    const footer = await t.payload.findGlobal({ slug: 'footer' })
    expect(footer.note).toBe('© Test')
    expect(footer.navItems?.map((item) => item.link.url)).toEqual(['/item-1'])
  })
})
