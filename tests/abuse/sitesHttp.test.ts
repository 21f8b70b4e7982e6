/**
 * Abuse tests of the sites plugin and the HTTP edge (issue 13, items 1, 9, 10, 16): each test sends
 * what an attacker would send and checks the refusal and that nothing changed.
 */
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Page, Post } from '../../payload-types'
import { DEMO_ADMIN, DEMO_EDITOR, DEMO_PASSWORD } from '../../src/seed'
import { block, richText } from '../../src/seed/lexical'
import { proxy } from '../../src/proxy'
import { clientAddress } from '../../src/site/hosts/clientAddress'
import { forwardedHost } from '../../src/site/hosts/requestHost'
import { securityHeaders } from '../../src/site/securityHeaders.mjs'
import { type Api, createApi, errorPaths } from '../helpers/api'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, login } from '../helpers/users'

const SERVER_URL = 'https://admin.prism.example'

let t: TestPayload
let api: Api
let editorToken: string
let adminToken: string
let lightwave: number
let ozean: number

const siteBySlug = async (payload: Payload, slug: string) =>
  (
    await payload.find({
      collection: 'sites',
      depth: 0,
      limit: 1,
      where: { slug: { equals: slug } },
    })
  ).docs[0]
const firstOf = async <T>(
  payload: Payload,
  collection: 'categories' | 'forms' | 'media' | 'pages' | 'posts',
  site: number,
) =>
  (await payload.find({ collection, depth: 0, limit: 1, where: { site: { equals: site } } }))
    .docs[0] as unknown as T & { id: number }

beforeAll(async () => {
  t = await createTestPayload({ env: { SERVER_URL }, seeded: true })
  api = createApi(t.config)
  lightwave = (await siteBySlug(t.payload, 'lightwave')).id
  ozean = (await siteBySlug(t.payload, 'ozean-licht')).id
  // Production hosts, as an operator sets them (server code: no field access applies).
  await t.payload.update({
    id: lightwave,
    collection: 'sites',
    data: { domains: [{ domain: 'lightwave.example' }] },
  })
  await t.payload.update({
    id: ozean,
    collection: 'sites',
    data: { domains: [{ domain: 'ozean.example' }] },
  })
  // The demo's categories and form are lightwave's: another site gets one of each.
  await t.payload.create({
    collection: 'categories',
    data: { slug: 'tides', site: ozean, title: 'Tides' },
  })
  await t.payload.create({
    collection: 'forms',
    data: {
      confirmationMessage: richText('Thanks'),
      confirmationType: 'message',
      fields: [],
      site: ozean,
      title: 'Ozean contact',
    },
  })
  editorToken = await login(t.payload, DEMO_EDITOR.email, DEMO_PASSWORD)
  adminToken = await login(t.payload, DEMO_ADMIN.email, DEMO_ADMIN.password)
})
afterAll(async () => t?.cleanup())

describe('item 1: a relationship on a site-owned document only accepts documents of its site', () => {
  it('REST: an editor’s new post related to another site’s post and category is refused (400 naming the fields), nothing stored', async () => {
    const foreignPost = await firstOf<Post>(t.payload, 'posts', ozean)
    const foreignCategory = await firstOf(t.payload, 'categories', ozean)
    const before = (await t.payload.count({ collection: 'posts' })).totalDocs
    const response = await api.post(
      '/posts',
      {
        slug: 'sneaky-related',
        _status: 'draft',
        categories: [foreignCategory.id],
        relatedPosts: [foreignPost.id],
        site: lightwave,
        title: 'Sneaky',
      },
      { token: editorToken },
    )
    expect(response.status).toBe(400)
    expect(errorPaths(response.body).sort()).toEqual(['categories', 'relatedPosts'])
    expect((await t.payload.count({ collection: 'posts' })).totalDocs).toBe(before)
  })

  it('GraphQL: an editor’s own page updated with a form block of another site is refused, the page unchanged', async () => {
    const page = await firstOf<Page>(t.payload, 'pages', lightwave)
    const foreignForm = await firstOf(t.payload, 'forms', ozean)
    const before = await t.payload.findByID({ id: page.id, collection: 'pages', depth: 0 })
    const { body } = await api.graphql(
      'mutation($id: Int!, $layout: JSON) { updatePage(id: $id, data: { hero: { type: lowImpact }, layout: $layout }) { id } }',
      { id: page.id, layout: [{ blockType: 'formBlock', form: foreignForm.id }] },
      { token: editorToken },
    )
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(body.errors?.[0]?.message).toContain('layout.0.form')
    const after = await t.payload.findByID({ id: page.id, collection: 'pages', depth: 0 })
    expect(after.layout).toEqual(before.layout)
  })

  it('Local API (overrideAccess: false): a draft save pointing a post’s hero image at another site’s media is refused too', async () => {
    const post = await firstOf<Post>(t.payload, 'posts', lightwave)
    const foreignMedia = await firstOf(t.payload, 'media', ozean)
    const editor = (
      await t.payload.find({
        collection: 'users',
        limit: 1,
        where: { email: { equals: DEMO_EDITOR.email } },
      })
    ).docs[0]
    const error = await t.payload
      .update({
        id: post.id,
        collection: 'posts',
        data: { heroImage: foreignMedia.id },
        draft: true,
        overrideAccess: false,
        user: { ...editor, collection: 'users' },
      })
      .catch((caught: unknown) => caught)
    expect((error as { status?: number }).status).toBe(400)
    expect(
      (error as { data: { errors: { path: string }[] } }).data.errors.map((e) => e.path),
    ).toEqual(['heroImage'])
    const { docs } = await t.payload.find({
      collection: 'posts',
      depth: 0,
      draft: true,
      where: { id: { equals: post.id } },
    })
    expect(docs[0].heroImage).toEqual(post.heroImage)
  })

  it('rich text: an upload, an internal link or a media block naming another site’s document is refused (400 naming the field)', async () => {
    const post = await firstOf<Post>(t.payload, 'posts', lightwave)
    const foreignMedia = await firstOf(t.payload, 'media', ozean)
    const foreignPost = await firstOf<Post>(t.payload, 'posts', ozean)
    const nodes = [
      {
        type: 'upload',
        fields: null,
        format: '',
        relationTo: 'media',
        value: foreignMedia.id,
        version: 3,
      },
      {
        type: 'link',
        children: [
          {
            type: 'text',
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
            text: 'there',
            version: 1,
          },
        ],
        direction: 'ltr',
        fields: {
          doc: { relationTo: 'posts', value: foreignPost.id },
          linkType: 'internal',
          newTab: false,
        },
        format: '',
        indent: 0,
        version: 3,
      },
      block({ blockType: 'mediaBlock', media: foreignMedia.id }, 'b1'),
    ]
    for (const node of nodes) {
      const paragraph =
        node.type === 'link'
          ? {
              type: 'paragraph',
              children: [node],
              direction: 'ltr',
              format: '',
              indent: 0,
              version: 1,
            }
          : node
      const response = await api.patch(
        `/posts/${post.id}`,
        { content: richText(paragraph as never) },
        { token: editorToken },
      )
      expect(response.status, node.type).toBe(400)
      expect(errorPaths(response.body), node.type).toEqual(['content'])
    }
    expect(
      (await t.payload.findByID({ id: post.id, collection: 'posts', depth: 0 })).content,
    ).toEqual(post.content)
  })

  it('server code without a user is held to the rule as well (a worker writing a foreign id is a bug)', async () => {
    const post = await firstOf<Post>(t.payload, 'posts', lightwave)
    const foreignPost = await firstOf<Post>(t.payload, 'posts', ozean)
    await expect(
      t.payload.update({
        id: post.id,
        collection: 'posts',
        data: { relatedPosts: [foreignPost.id] },
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(
      (await t.payload.findByID({ id: post.id, collection: 'posts', depth: 0 })).relatedPosts,
    ).toEqual(post.relatedPosts)
  })

  it('a site admin’s navigation may not link to another site’s page; the site’s logo may not be another site’s image', async () => {
    const foreignPage = await firstOf<Page>(t.payload, 'pages', ozean)
    const foreignMedia = await firstOf(t.payload, 'media', ozean)
    const before = await t.payload.findByID({ id: lightwave, collection: 'sites', depth: 0 })
    const response = await api.patch(
      `/sites/${lightwave}`,
      {
        headerNav: [
          {
            link: {
              type: 'reference',
              label: 'Elsewhere',
              reference: { relationTo: 'pages', value: foreignPage.id },
            },
          },
        ],
        theme: { ...before.theme, logo: foreignMedia.id },
      },
      { token: adminToken },
    )
    expect(response.status).toBe(400)
    expect(errorPaths(response.body).sort()).toEqual(['headerNav.0.link.reference', 'theme.logo'])
    const after = await t.payload.findByID({ id: lightwave, collection: 'sites', depth: 0 })
    expect([after.headerNav, after.theme]).toEqual([before.headerNav, before.theme])
  })

  it('a page moved to another site is checked whole: its blocks still point at the old site', async () => {
    const page = (
      await t.payload.find({
        collection: 'pages',
        depth: 0,
        where: { and: [{ site: { equals: lightwave } }, { slug: { equals: 'home' } }] },
      })
    ).docs[0]
    const response = await api.patch(`/pages/${page.id}`, { site: ozean }, { token: adminToken })
    expect(response.status).toBe(400)
    expect((await t.payload.findByID({ id: page.id, collection: 'pages', depth: 0 })).site).toBe(
      lightwave,
    )
  })
})

describe('item 9: the login cookie works from every site’s own origin with SERVER_URL set, and from no other', () => {
  const me = (headers: Record<string, string>) =>
    api.graphql<{ meUser: { user: { email: string } | null } }>(
      '{ meUser { user { email } } }',
      {},
      { headers },
    )
  const cookie = () => ({ cookie: `payload-token=${editorToken}` })

  it('a cookie POST from the site’s own domain is signed in (it was anonymous with SERVER_URL set)', async () => {
    const { body } = await me({
      ...cookie(),
      host: 'lightwave.example',
      origin: 'https://lightwave.example',
    })
    expect(body.data?.meUser.user?.email).toBe(DEMO_EDITOR.email)
  })

  it('a cookie POST from <slug>.localhost to itself is signed in; the admin’s SERVER_URL still is', async () => {
    expect(
      (
        await me({
          ...cookie(),
          host: 'lightwave.localhost:3000',
          origin: 'http://lightwave.localhost:3000',
        })
      ).body.data?.meUser.user?.email,
    ).toBe(DEMO_EDITOR.email)
    expect(
      (await me({ ...cookie(), host: 'admin.prism.example', origin: SERVER_URL })).body.data?.meUser
        .user?.email,
    ).toBe(DEMO_EDITOR.email)
  })

  it('a cookie POST from another origin is anonymous: an attacker’s page, another site’s domain, a host of no site', async () => {
    for (const [host, origin] of [
      ['lightwave.example', 'https://evil.example'],
      ['lightwave.example', 'https://ozean.example'],
      ['evil.example', 'https://evil.example'],
      ['lightwave.example', 'null'],
    ]) {
      expect(
        (await me({ ...cookie(), host, origin })).body.data?.meUser.user,
        `${origin} → ${host}`,
      ).toBeNull()
    }
  })
})

describe('item 10: a site’s domains and slug', () => {
  let siteAdminToken: string
  beforeAll(async () => {
    siteAdminToken = (
      await createUser(t.payload, 'site-admin@lightwave.local', [], { [lightwave]: ['admin'] })
    ).token
  })

  it('a site admin cannot add a domain (another site’s, the admin’s) nor change the slug or move it by renaming', async () => {
    const before = await t.payload.findByID({ id: lightwave, collection: 'sites', depth: 0 })
    for (const change of [
      { domains: [{ domain: 'ozean.example' }] },
      { domains: [{ domain: 'admin.prism.example' }] },
      { slug: 'ozean-licht-2' },
      { name: 'Ozean Licht 2' },
    ]) {
      const response = await api.patch(`/sites/${lightwave}`, change, { token: siteAdminToken })
      expect([200, 403], JSON.stringify(change)).toContain(response.status)
    }
    const after = await t.payload.findByID({ id: lightwave, collection: 'sites', depth: 0 })
    expect([after.slug, after.domains]).toEqual([before.slug, before.domains])
  })

  it('a super-admin cannot give a site a reserved host or another site’s domain (400 naming the row)', async () => {
    for (const domain of [
      'localhost',
      'kids-ascension.localhost',
      'admin.prism.example',
      '127.0.0.1',
      'Ozean.Example',
      'x.example:8080',
      'https://x.example',
    ]) {
      const response = await api.patch(
        `/sites/${lightwave}`,
        { domains: [{ domain: 'lightwave.example' }, { domain }] },
        { token: adminToken },
      )
      expect(response.status, domain).toBe(400)
      expect(errorPaths(response.body), domain).toContain('domains.1.domain')
    }
    expect(
      (await t.payload.findByID({ id: lightwave, collection: 'sites', depth: 0 })).domains?.map(
        (row) => row.domain,
      ),
    ).toEqual(['lightwave.example'])
  })

  it('a super-admin’s domain is stored lowercase without the root dot', async () => {
    const response = await api.patch(
      `/sites/${lightwave}`,
      { domains: [{ domain: 'LightWave.Example.' }] },
      { token: adminToken },
    )
    expect(response.status).toBe(200)
    expect(
      (await t.payload.findByID({ id: lightwave, collection: 'sites', depth: 0 })).domains?.map(
        (row) => row.domain,
      ),
    ).toEqual(['lightwave.example'])
  })
})

describe('item 16: forwarded headers, response headers and cookies', () => {
  const pagesSeenThrough = async (headers: Record<string, string>) => {
    const { body } = await api.get<{ docs: { site: number }[] }>('/pages?depth=0&limit=100', {
      headers,
    })
    return [...new Set(body.docs.map((doc) => doc.site))]
  }

  it('a spoofed X-Forwarded-Host of another site is ignored without TRUST_PROXY: the API answers for the real host', async () => {
    vi.stubEnv('TRUST_PROXY', '')
    expect(
      await pagesSeenThrough({
        host: 'lightwave.localhost',
        'x-forwarded-host': 'ozean-licht.localhost',
      }),
    ).toEqual([lightwave])
    expect(
      forwardedHost(
        new Headers({ host: 'lightwave.localhost', 'x-forwarded-host': 'ozean-licht.localhost' }),
      ),
    ).toBe('lightwave.localhost')
    const rewrite = proxy(
      new NextRequest('http://lightwave.localhost/about', {
        headers: { host: 'lightwave.localhost', 'x-forwarded-host': 'ozean-licht.localhost' },
      }),
    )
    expect(rewrite.headers.get('x-middleware-rewrite')).toContain('/site/lightwave.localhost/about')
    vi.unstubAllEnvs()
  })

  it('with TRUST_PROXY the proxy’s X-Forwarded-Host and X-Forwarded-For are honoured, counted from the right', async () => {
    vi.stubEnv('TRUST_PROXY', 'true')
    expect(
      await pagesSeenThrough({
        host: 'internal:3000',
        'x-forwarded-host': 'ozean-licht.localhost',
      }),
    ).toEqual([ozean])
    expect(
      forwardedHost(
        new Headers({
          host: 'internal',
          'x-forwarded-host': 'lightwave.localhost, ozean-licht.localhost',
        }),
      ),
    ).toBe('ozean-licht.localhost')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe(
      '203.0.113.9',
    )
    vi.stubEnv('TRUST_PROXY', '2')
    expect(
      clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' })),
    ).toBe('203.0.113.9')
    vi.stubEnv('TRUST_PROXY', '')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::ffff:198.51.100.4' }))).toBe(
      '198.51.100.4',
    )
    vi.unstubAllEnvs()
  })

  it('every response carries a CSP with frame-ancestors, nosniff, a referrer policy, and HSTS in production', async () => {
    const production = Object.fromEntries(
      securityHeaders({ production: true }).map(({ key, value }) => [key, value]),
    )
    expect(production['Content-Security-Policy']).toContain("frame-ancestors 'self'")
    expect(production['Content-Security-Policy']).toContain("object-src 'none'")
    expect(production['Content-Security-Policy']).not.toContain('unsafe-eval')
    expect(production['Content-Security-Policy']).toContain("media-src 'self' blob:")
    expect(production['X-Content-Type-Options']).toBe('nosniff')
    expect(production['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(production['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(
      securityHeaders({ hstsMaxAge: '0', production: true }).map(({ key }) => key),
    ).not.toContain('Strict-Transport-Security')
    expect(
      securityHeaders({ hstsMaxAge: '600', production: true }).find(
        ({ key }) => key === 'Strict-Transport-Security',
      )?.value,
    ).toBe('max-age=600')
    expect(securityHeaders({ production: false }).map(({ key }) => key)).not.toContain(
      'Strict-Transport-Security',
    )
    const nextConfig = (await import('../../next.config.mjs')).default
    const rules = await nextConfig.headers!()
    const all = rules.find(
      (rule) =>
        rule.source === '/:path*' &&
        rule.headers.some(({ key }) => key === 'Content-Security-Policy'),
    )
    expect(all?.headers.map(({ key }) => key)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'X-Frame-Options',
      ]),
    )
  })

  it('the login cookie is Secure in production (HttpOnly and SameSite=Lax always)', async () => {
    const response = await api.post('/users/login', {
      email: DEMO_EDITOR.email,
      password: DEMO_PASSWORD,
    })
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    vi.stubEnv('NODE_ENV', 'production')
    vi.resetModules()
    const { Users } = await import('../../collections/Users')
    vi.unstubAllEnvs()
    expect(typeof Users.auth === 'object' && Users.auth.cookies?.secure).toBe(true)
  })
})
