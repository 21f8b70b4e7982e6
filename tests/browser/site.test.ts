import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '../../src/seed'
import { chromiumArgs, chromiumPath } from '../helpers/chromium'
import { type NextServer, startNextDev } from '../helpers/nextServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { TEST_SECRET } from '../setup/secret'

const screenshots = path.resolve('test-results')
// `next dev` compiles each route on its first request: /admin alone takes ~30 s on 2 cores.
const FIRST_COMPILE_MS = 180_000

describe.skipIf(!chromiumPath)(`the site and admin in Chromium${chromiumPath ? '' : ' (skipped: no Chromium; install it or set CHROMIUM_PATH)'}`, () => {
  let database: TestDatabase | undefined
  let server: NextServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    fs.mkdirSync(screenshots, { recursive: true })
    database = await createTestDatabase({ seeded: true })
    server = await startNextDev({ DATA_DIR: database.dataDir, DATABASE_URI: database.databaseUri, PAYLOAD_SECRET: TEST_SECRET })
    browser = await chromium.launch({ args: chromiumArgs, executablePath: chromiumPath })
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await database?.drop()
  })

  async function open(urlPath: string): Promise<{ page: Page; status: number | undefined }> {
    const page = await browser!.newPage({ viewport: { height: 900, width: 1280 } })
    page.setDefaultTimeout(FIRST_COMPILE_MS)
    const response = await page.goto(`${server!.url}${urlPath}`, { timeout: FIRST_COMPILE_MS, waitUntil: 'load' })
    return { page, status: response?.status() }
  }

  /** Scrolls through the page so lazy images load, then waits until every image has decoded. */
  async function showAllImages(page: Page): Promise<void> {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        window.scrollTo(0, y)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      window.scrollTo(0, 0)
    })
    await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0), null, {
      timeout: 60_000,
    })
  }

  it('renders the home page with its hero and blocks', async () => {
    const { page, status } = await open('/')
    await showAllImages(page)
    await page.screenshot({ fullPage: true, path: path.join(screenshots, 'home.png') })
    expect(status).toBe(200)
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('Make the work. Prism runs the rest.')
    const text = await page.locator('main').innerText()
    for (const fromBlock of ['Projects', 'From the blog', 'Editors’ picks', 'Ready to edit?', 'Tell us about your project']) {
      expect(text).toContain(fromBlock)
    }
    await page.close()
  }, 300_000)

  it('renders a post', async () => {
    const { page, status } = await open('/posts/shot-lists-that-work')
    await showAllImages(page)
    await page.screenshot({ fullPage: true, path: path.join(screenshots, 'post.png') })
    expect(status).toBe(200)
    expect(await page.locator('h1').first().innerText()).toBe('Shot lists that actually work')
    expect(await page.locator('main').innerText()).toContain('Start from the scene, not the camera')
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
})
