/** Site isolation: forged sites, host scoping, `?site=`, API keys (revoked ones included). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Page } from '../../payload-types'
import { type Api, createApi } from '../helpers/api'
import { pageData } from '../helpers/fixtures'
import { createSite } from '../helpers/sites'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

let t: TestPayload
let api: Api
let kids: number
let ozean: number
let adminToken: string
let editorToken: string
let kidsPage: Page

type List = { docs: Page[]; totalDocs: number }

beforeAll(async () => {
  t = await createTestPayload({ site: false })
  api = createApi(t.config)
  kids = (await createSite(t.payload, 'kids-ascension')).id
  ozean = (
    await createSite(t.payload, 'ozean-licht', { domains: [{ domain: 'ozean-licht.example' }] })
  ).id
  adminToken = (await createUser(t.payload, 'root@test.local', ['super-admin'])).token
  editorToken = (
    await createUser(t.payload, 'editor@ozean.local', [], {
      [kids]: ['member'],
      [ozean]: ['editor'],
    })
  ).token
  kidsPage = await t.payload.create({
    collection: 'pages',
    data: pageData('about', { site: kids, title: 'Kids about' }),
  })
  await t.payload.create({
    collection: 'pages',
    data: pageData('about', { site: ozean, title: 'Ozean about' }),
  })
  await t.payload.create({ collection: 'pages', data: pageData('courses', { site: ozean }) })
})
afterAll(async () => t?.cleanup())

const countPages = (site: number) =>
  t.payload
    .count({ collection: 'pages', where: { site: { equals: site } } })
    .then((r) => r.totalDocs)

describe('bad input', () => {
  it('refuses a page created on a site where the user only is a member (403) and stores nothing', async () => {
    const before = await countPages(kids)
    const response = await api.post('/pages', pageData('sneaky', { site: kids }), {
      token: editorToken,
    })
    expect(response.status).toBe(403)
    expect(await countPages(kids)).toBe(before)
  })

  it('refuses a forged site id in a GraphQL mutation and changes nothing', async () => {
    const own = await t.payload.create({
      collection: 'pages',
      data: pageData('mine', { site: ozean }),
    })
    const { body } = await api.graphql<{ updatePage: { id: number } | null }>(
      'mutation($id: Int!) { updatePage(id: $id, data: { site: ' +
        kids +
        ', title: "Moved", hero: { type: lowImpact } }) { id } }',
      { id: own.id },
      { token: editorToken },
    )
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const stored = await t.payload.findByID({ id: own.id, collection: 'pages', depth: 0 })
    expect([stored.site, stored.title]).toEqual([ozean, own.title])
  })

  it('refuses an update of another site’s page over REST and GraphQL (403)', async () => {
    expect(
      (await api.patch(`/pages/${kidsPage.id}`, { title: 'Hijacked' }, { token: editorToken }))
        .status,
    ).toBe(403)
    const { body } = await api.graphql(
      'mutation($id: Int!) { updatePage(id: $id, data: { title: "Hijacked", hero: { type: lowImpact } }) { id } }',
      { id: kidsPage.id },
      { token: editorToken },
    )
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await t.payload.findByID({ id: kidsPage.id, collection: 'pages' })).title).toBe(
      'Kids about',
    )
  })

  it('keeps slugs unique per site, not globally, and names `slug` when one is taken', async () => {
    // Both sites already have /about (beforeAll); a second /about on one site is refused.
    const response = await api.post('/pages', pageData('about', { site: ozean }), {
      token: editorToken,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('"path":"slug"')
  })
})

describe('host scoping', () => {
  const get = (path: string, headers: Record<string, string>, token?: string) =>
    api.get<List>(path, { headers, token })

  it('lists only the pages of the site whose host the request came through', async () => {
    const kidsList = await get('/pages?depth=0', { host: 'kids-ascension.localhost:3000' })
    expect(kidsList.body.docs.map((p) => p.site)).toEqual([kids])
    // Behind a proxy (TRUST_PROXY), its forwarded host names the site; without one it is ignored (tests/abuse/sitesHttp.test.ts).
    vi.stubEnv('TRUST_PROXY', '1')
    const ozeanList = await get('/pages?depth=0', { 'x-forwarded-host': 'ozean-licht.example' })
    vi.unstubAllEnvs()
    expect(new Set(ozeanList.body.docs.map((p) => p.site))).toEqual(new Set([ozean]))
    expect(ozeanList.body.totalDocs).toBeGreaterThanOrEqual(2)
    // Plain localhost is the admin host: every site's published pages.
    expect((await get('/pages?depth=0', { host: 'localhost:3000' })).body.totalDocs).toBe(
      await t.payload.count({ collection: 'pages' }).then((r) => r.totalDocs),
    )
  })

  it('does not serve one site’s document through another site’s host, even by id', async () => {
    expect((await get(`/pages/${kidsPage.id}`, { host: 'ozean-licht.localhost' })).status).toBe(404)
  })

  it('scopes GraphQL and the Local API by the same headers', async () => {
    const { docs } = await t.payload.find({
      collection: 'pages',
      depth: 0,
      overrideAccess: false,
      req: { headers: new Headers({ host: 'kids-ascension.localhost' }) },
    })
    expect(docs.map((p) => p.site)).toEqual([kids])
  })

  it('lets a super-admin pick a site with ?site= or X-Prism-Site; others can only narrow', async () => {
    const picked = await get(
      '/pages?depth=0&site=kids-ascension',
      { host: 'ozean-licht.localhost' },
      adminToken,
    )
    expect(picked.body.docs.map((p) => p.site)).toEqual([kids])
    const byHeader = await get('/pages?depth=0', { 'x-prism-site': 'ozean-licht' }, adminToken)
    expect(new Set(byHeader.body.docs.map((p) => p.site))).toEqual(new Set([ozean]))
    // Anyone else: through ozean-licht's host, asking for kids-ascension gives nothing, not kids' pages.
    expect(
      (await get('/pages?depth=0&site=kids-ascension', { host: 'ozean-licht.localhost' })).body
        .totalDocs,
    ).toBe(0)
    expect((await get('/pages?site=no-such-site', {})).status).toBe(400)
  })
})

describe('API keys', () => {
  it('carries its user’s scope, and a deleted user’s key is refused with 401', async () => {
    const { user } = await createUser(t.payload, 'robot@ozean.local', [], { [ozean]: ['editor'] })
    const apiKey = 'prism-test-key-0123456789abcdef'
    await t.payload.update({
      id: user.id,
      collection: 'users',
      data: { apiKey, enableAPIKey: true },
    })
    const auth = { Authorization: `users API-Key ${apiKey}` }

    const list = await api.get<List>('/pages?depth=0', { headers: auth })
    expect(list.status).toBe(200)
    expect(new Set(list.body.docs.map((p) => p.site))).toEqual(new Set([ozean])) // a site-scoped key sees its site only
    const created = await api.post('/pages', pageData('by-key', { site: ozean }), { headers: auth })
    expect(created.status).toBe(201)
    expect(
      (await api.patch(`/pages/${kidsPage.id}`, { title: 'Key' }, { headers: auth })).status,
    ).toBe(403)

    await t.payload.delete({ id: user.id, collection: 'users' })
    expect((await api.get('/pages', { headers: auth })).status).toBe(401)
    const { body } = await api.graphql('{ Pages { totalDocs } }', {}, {})
    expect(body.errors).toBeUndefined()
  })
})
