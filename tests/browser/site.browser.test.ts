import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN, DEMO_PASSWORD } from '../../src/seed'
import { chromiumArgs, chromiumPath, openPage, signInToAdmin } from '../helpers/chromium'
import {
  type NextServer,
  SERVER_START_MS,
  SLOW_PAGE_MS,
  startNextServer,
} from '../helpers/nextServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

const screenshots = path.resolve('test-results')

describe.skipIf(!chromiumPath)(
  `the site and admin in Chromium${chromiumPath ? '' : ' (skipped: no Chromium; install it or set CHROMIUM_PATH)'}`,
  () => {
    let database: TestDatabase | undefined
    let server: NextServer | undefined
    let browser: Browser | undefined

    beforeAll(async () => {
      fs.mkdirSync(screenshots, { recursive: true })
      database = await createTestDatabase({ seeded: true })
      server = await startNextServer(database)
      browser = await chromium.launch({ args: chromiumArgs, executablePath: chromiumPath })
    }, SERVER_START_MS)

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      await database?.drop()
    })

    /** `urlPath` on `host` (`lightwave.localhost`, or the server's own address when absent). */
    const open = (urlPath: string, host?: string) => openPage(browser!, `${origin(host)}${urlPath}`)

    /** Chromium resolves every `*.localhost` to the loopback address, where the server listens. */
    const origin = (host?: string): string =>
      host ? `http://${host}:${new URL(server!.url).port}` : server!.url

    /** Scrolls through the page so lazy images load, then waits until every image has decoded. */
    async function showAllImages(page: Page): Promise<void> {
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 500) {
          window.scrollTo(0, y)
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        window.scrollTo(0, 0)
      })
      await page.waitForFunction(
        () => [...document.images].every((image) => image.complete && image.naturalWidth > 0),
        null,
        {
          timeout: 60_000,
        },
      )
    }

    it('lists the sites on plain localhost', async () => {
      const { page, status } = await open('/')
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'site-index.png') })
      expect(status).toBe(200)
      const links = await page
        .locator('.site-swatch__link')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
      expect(links).toEqual(
        expect.arrayContaining([expect.stringMatching(/^http:\/\/lightwave\.localhost:\d+\/$/)]),
      )
      await page.close()
    }, 300_000)

    it('renders two sites with their own themes', async () => {
      const backgrounds: string[] = []
      for (const host of ['lightwave.localhost', 'kids-ascension.localhost']) {
        const { page, status } = await open('/', host)
        await showAllImages(page)
        await page.screenshot({
          fullPage: true,
          path: path.join(screenshots, `home-${host.split('.')[0]}.png`),
        })
        expect(status).toBe(200)
        expect(await page.locator('h1').count()).toBe(1)
        // Landmarks and the skip link of every site's frame.
        for (const landmark of [
          'body > header',
          'main#main',
          'body > footer',
          'a.skip-link[href="#main"]',
        ])
          expect(await page.locator(landmark).count()).toBe(1)
        backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
        await page.close()
      }
      expect(backgrounds[0]).not.toBe(backgrounds[1])
    }, 300_000)

    it("renders a post of the site's blog", async () => {
      const { page, status } = await open('/posts', 'lightwave.localhost')
      expect(status).toBe(200)
      const card = page.locator('.card__link').first()
      const title = await card.innerText()
      await card.click()
      await page.waitForURL(/\/posts\/[^/]+$/)
      await showAllImages(page)
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'post.png') })
      expect(await page.locator('h1').first().innerText()).toBe(title)
      await page.close()
    }, 300_000)

    it('signs the demo admin into the admin panel', async () => {
      const { page } = await open('/admin')
      await page.waitForURL(/\/admin\/login/)
      await page.locator('input[name="email"]').fill(DEMO_ADMIN.email)
      await page.locator('input[name="password"]').fill(DEMO_ADMIN.password)
      await page.screenshot({ path: path.join(screenshots, 'admin-login.png') })
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => url.pathname === '/admin')
      await page.locator('.dashboard').waitFor()
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'admin-dashboard.png') })
      const dashboard = await page.locator('.dashboard').innerText()
      expect(dashboard).toMatch(/Pages/)
      expect(dashboard).toMatch(/Posts/)
      await page.close()
    }, 300_000)

    it("shows the editor of one site only that site's pages in the admin", async () => {
      // Which pages are whose, as the super-admin sees them over REST.
      const login = await fetch(`${server!.url}/api/users/login`, {
        body: JSON.stringify({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password }),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const { token } = (await login.json()) as { token: string }
      const asAdmin = async <T>(urlPath: string): Promise<T> =>
        (await (
          await fetch(`${server!.url}${urlPath}`, { headers: { Authorization: `JWT ${token}` } })
        ).json()) as T
      const { docs: sites } = await asAdmin<{ docs: { id: number; slug: string }[] }>(
        '/api/sites?limit=100&depth=0',
      )
      const lightwave = sites.find((site) => site.slug === 'lightwave')!
      const pages = await asAdmin<{ docs: { id: number; site: number }[] }>(
        '/api/pages?limit=500&depth=0&draft=true',
      )
      const own = new Set(
        pages.docs.filter((doc) => doc.site === lightwave.id).map((doc) => doc.id),
      )
      expect(own.size).toBeGreaterThan(0)
      expect(pages.docs.length).toBeGreaterThan(own.size)

      const page = await signInToAdmin(
        await browser!.newPage(),
        origin('lightwave.localhost'),
        'editor@lightwave.local',
        DEMO_PASSWORD,
      )
      await page.goto(`${origin('lightwave.localhost')}/admin/collections/pages?limit=100`, {
        timeout: SLOW_PAGE_MS,
      })
      await page.locator('.table tbody tr').first().waitFor()
      await page.screenshot({
        fullPage: true,
        path: path.join(screenshots, 'admin-editor-pages.png'),
      })
      // Every row links to its document: the ids listed must all be lightwave's.
      const hrefs = await page
        .locator('.table tbody tr a[href*="/collections/pages/"]')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname))
      const listed = new Set(
        hrefs.map((href) => Number(/\/collections\/pages\/(\d+)/.exec(href)?.[1])),
      )
      expect(listed.size).toBeGreaterThan(0)
      for (const id of listed) expect(own.has(id)).toBe(true)
      // The API answers the editor's session the same way.
      // Fetched by the page itself: Node cannot resolve *.localhost, Chromium can.
      const api = (await page.evaluate(() =>
        fetch('/api/pages?limit=500&depth=0&draft=true').then((response) => response.json()),
      )) as {
        docs: { site: number }[]
      }
      expect(api.docs.length).toBeGreaterThan(0)
      expect(api.docs.every((doc) => doc.site === lightwave.id)).toBe(true)
      await page.close()
    }, 300_000)
  },
)
