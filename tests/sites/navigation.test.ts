/** Navigation and theme live on each site (they replaced the header/footer globals). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Site } from '../../payload-types'
import { type Api, createApi, errorPaths } from '../helpers/api'
import { createSite } from '../helpers/sites'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let api: Api
let mine: Site
let theirs: Site
let siteAdminToken: string
let siteEditorToken: string

const navItem = (n: number) => ({
  link: { type: 'custom' as const, label: `Item ${n}`, url: `/item-${n}` },
})

beforeAll(async () => {
  t = await createTestPayload({ site: false })
  api = createApi(t.config)
  await createUser(t.payload, 'root@test.local', ['super-admin'])
  mine = await createSite(t.payload, 'mine')
  theirs = await createSite(t.payload, 'theirs')
  siteAdminToken = (await createUser(t.payload, 'admin@mine.local', [], { [mine.id]: ['admin'] }))
    .token
  siteEditorToken = (
    await createUser(t.payload, 'editor@mine.local', [], { [mine.id]: ['editor'] })
  ).token
})
afterAll(async () => t?.cleanup())

describe('site navigation and theme', () => {
  it('stores up to six header items and serves navigation and theme to anyone', async () => {
    const response = await api.patch(
      `/sites/${mine.id}`,
      {
        footerNote: '© Mine',
        headerNav: [1, 2, 3, 4, 5, 6].map(navItem),
        theme: { ...mine.theme, accent: '#0b6e4f' },
      },
      { token: siteAdminToken },
    )
    expect(response.status).toBe(200)
    const read = await api.get<Site>(`/sites/${mine.id}`)
    expect(read.status).toBe(200)
    expect(read.body.headerNav?.map((item) => item.link.label)).toEqual([
      'Item 1',
      'Item 2',
      'Item 3',
      'Item 4',
      'Item 5',
      'Item 6',
    ])
    expect([read.body.footerNote, read.body.theme.accent]).toEqual(['© Mine', '#0b6e4f'])
  })

  it('rejects a seventh header item and a colour that is not a colour, keeping what was stored', async () => {
    const seven = await api.patch(
      `/sites/${mine.id}`,
      { headerNav: [1, 2, 3, 4, 5, 6, 7].map(navItem) },
      { token: siteAdminToken },
    )
    expect(seven.status).toBe(400)
    expect(errorPaths(seven.body)).toContain('headerNav')
    const colour = await api.patch(
      `/sites/${mine.id}`,
      { theme: { ...mine.theme, accent: 'purple' } },
      { token: siteAdminToken },
    )
    expect(colour.status).toBe(400)
    expect(errorPaths(colour.body)).toContain('theme.accent')
    expect((await t.payload.findByID({ id: mine.id, collection: 'sites' })).headerNav).toHaveLength(
      6,
    )
  })

  it('lets a site admin edit their own site only; editors, anonymous and other sites are refused', async () => {
    expect(
      (await api.patch(`/sites/${theirs.id}`, { footerNote: 'x' }, { token: siteAdminToken }))
        .status,
    ).toBe(403)
    expect(
      (await api.patch(`/sites/${mine.id}`, { footerNote: 'x' }, { token: siteEditorToken }))
        .status,
    ).toBe(403)
    expect((await api.patch(`/sites/${mine.id}`, { footerNote: 'x' })).status).toBe(403)
    expect(
      (await api.post('/sites', { name: 'New', slug: 'new' }, { token: siteAdminToken })).status,
    ).toBe(403)
    expect((await api.delete(`/sites/${theirs.id}`, { token: siteAdminToken })).status).toBe(403)
    expect(
      (await t.payload.findByID({ id: theirs.id, collection: 'sites' })).footerNote,
    ).toBeFalsy()
  })

  it('lets a site admin grant roles on their site only, and nobody else’s account details', async () => {
    // A site admin sees (and so edits) only the users who already hold a role on one of their sites.
    const { user } = await createUser(t.payload, 'someone@test.local', [], {
      [mine.id]: ['member'],
      [theirs.id]: ['member'],
    })
    const grant = await api.patch(
      `/users/${user.id}`,
      {
        sites: [
          { roles: ['member'], site: theirs.id },
          { roles: ['editor'], site: mine.id },
        ],
      },
      { token: siteAdminToken },
    )
    expect(grant.status).toBe(200)
    const elsewhere = await api.patch(
      `/users/${user.id}`,
      {
        sites: [
          { roles: ['admin'], site: theirs.id },
          { roles: ['editor'], site: mine.id },
        ],
      },
      { token: siteAdminToken },
    )
    expect(elsewhere.status).toBe(403)
    expect(
      (
        await api.patch(
          `/users/${user.id}`,
          { email: 'taken@test.local' },
          { token: siteAdminToken },
        )
      ).status,
    ).toBe(403)
    await api.patch(`/users/${user.id}`, { roles: ['super-admin'] }, { token: siteAdminToken })
    const stored = await t.payload.findByID({ id: user.id, collection: 'users', depth: 0 })
    expect([stored.email, stored.roles ?? []]).toEqual(['someone@test.local', []])
    expect(stored.sites?.map((row) => [row.site, row.roles])).toEqual([
      [theirs.id, ['member']],
      [mine.id, ['editor']],
    ])
  })
})
