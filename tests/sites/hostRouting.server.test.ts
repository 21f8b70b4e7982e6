import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type NextServer,
  SERVER_START_MS,
  SLOW_PAGE_MS,
  startNextServer,
} from '../helpers/nextServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

type Answer = { body: string; status: number }
type SiteLink = { name: string; slug: string }

/**
 * The routing under test reads the Host header, which `fetch` may not set (it is a forbidden header
 * name): a plain http request to the server's address with the site's host instead.
 */
function get(server: NextServer, host: string, path: string): Promise<Answer> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const request = http.get(
      { headers: { host: `${host}:${port}` }, hostname, path, port, timeout: SLOW_PAGE_MS },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve({ body, status: response.statusCode ?? 0 }))
      },
    )
    request.on('timeout', () => request.destroy(new Error(`GET ${host}${path} timed out`)))
    request.on('error', reject)
  })
}

const brand = (html: string): string | undefined =>
  /class="site-header__brand"[^>]*>(?:<img[^>]*>)?([^<]+)</.exec(html)?.[1]
const background = (html: string): string | undefined => /--color-bg:(#[0-9a-f]{6})/.exec(html)?.[1]
const h1 = (html: string): string | undefined =>
  /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '')
const locs = (xml: string): string[] =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])

describe('host → site routing', () => {
  let database: TestDatabase | undefined
  let server: NextServer | undefined
  let sites: SiteLink[] = []

  beforeAll(async () => {
    database = await createTestDatabase({ seeded: true })
    server = await startNextServer(database)
  }, SERVER_START_MS)

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  it(
    'lists every site on plain localhost, linked to <slug>.localhost',
    async () => {
      const { body, status } = await get(server!, 'localhost', '/')
      // On failure, the server's log says why (compile errors land there, not in the response).
      expect(status, server!.output().slice(-4000)).toBe(200)
      sites = [
        ...body.matchAll(
          /class="site-swatch__link" href="http:\/\/([a-z0-9-]+)\.localhost:\d+\/">([^<]+)</g,
        ),
      ].map((match) => ({
        name: match[2],
        slug: match[1],
      }))
      expect(sites.map((site) => site.slug)).toEqual(
        expect.arrayContaining(['lightwave', 'kids-ascension', 'ozean-licht']),
      )
    },
    SLOW_PAGE_MS,
  )

  it(
    'gives two hosts two different, themed homes',
    async () => {
      const kids = await get(server!, 'kids-ascension.localhost', '/')
      const ozean = await get(server!, 'ozean-licht.localhost', '/')
      expect([kids.status, ozean.status]).toEqual([200, 200])
      expect(brand(kids.body)).toBe(sites.find((site) => site.slug === 'kids-ascension')?.name)
      expect(brand(ozean.body)).toBe(sites.find((site) => site.slug === 'ozean-licht')?.name)
      expect(h1(kids.body)).toBeTruthy()
      expect(h1(kids.body)).not.toBe(h1(ozean.body))
      expect(background(kids.body)).toBeTruthy()
      expect(background(kids.body)).not.toBe(background(ozean.body))
    },
    SLOW_PAGE_MS,
  )

  it(
    'answers 404 on a host of no site, with no site content',
    async () => {
      for (const host of ['no-such-site.localhost', 'example.com']) {
        const { body, status } = await get(server!, host, '/')
        expect(status).toBe(404)
        for (const site of sites) expect(brand(body)).not.toBe(site.name)
      }
      expect((await get(server!, 'localhost', '/about')).status).toBe(404)
      expect((await get(server!, 'no-such-site.localhost', '/sitemap.xml')).status).toBe(404)
    },
    SLOW_PAGE_MS,
  )

  it(
    "serves each site's own page for the same path on two hosts",
    async () => {
      for (const path of ['/', '/posts', '/search?q=a']) {
        const kids = await get(server!, 'kids-ascension.localhost', path)
        const ozean = await get(server!, 'ozean-licht.localhost', path)
        expect([path, kids.status, ozean.status]).toEqual([path, 200, 200])
        expect(brand(kids.body)).not.toBe(brand(ozean.body))
      }
    },
    SLOW_PAGE_MS,
  )

  it("lists only a site's own pages in its sitemap, on the requested host, and never serves them on another host", async () => {
    const kids = await get(server!, 'kids-ascension.localhost', '/sitemap.xml')
    expect(kids.status).toBe(200)
    const urls = locs(kids.body)
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(new URL(url).hostname).toBe('kids-ascension.localhost')
    const ozeanUrls = new Set(
      locs((await get(server!, 'ozean-licht.localhost', '/sitemap.xml')).body).map(
        (url) => new URL(url).pathname,
      ),
    )
    const kidsName = sites.find((site) => site.slug === 'kids-ascension')?.name
    for (const url of urls) {
      const { pathname } = new URL(url)
      const other = await get(server!, 'ozean-licht.localhost', pathname)
      // A path ozean-licht also has shows ozean-licht's page; any other path is a 404 there.
      expect([pathname, other.status]).toEqual([pathname, ozeanUrls.has(pathname) ? 200 : 404])
      expect(brand(other.body)).not.toBe(kidsName)
    }
    const robots = await get(server!, 'kids-ascension.localhost', '/robots.txt')
    expect(robots.body).toMatch(/Sitemap: http:\/\/kids-ascension\.localhost:\d+\/sitemap\.xml/)
  }, 600_000)

  it(
    'keeps the admin and the API working on every host',
    async () => {
      for (const host of ['localhost', 'lightwave.localhost', 'no-such-site.localhost']) {
        expect((await get(server!, host, '/api/pages?limit=1&depth=0')).status).toBe(200)
        expect([200, 307]).toContain((await get(server!, host, '/admin')).status)
      }
    },
    SLOW_PAGE_MS,
  )
})
