import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'

import { SLOW_PAGE_MS } from './nextServer'

/** Debian's Chromium (`apt-get install chromium`) or CHROMIUM_PATH; undefined when neither exists. */
export const chromiumPath: string | undefined = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)))

/** No sandbox (CI runs as root), no GPU, and nothing that reaches the network on its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Signs `email` in on `origin` as a test's first step, then opens the dashboard (with `dashboard:
 * false`, stops at the login: members may sign in but have no admin). The login goes through the
 * page's own `fetch` to `/api/users/login`, so the browser keeps the session cookie exactly as after
 * the form; the form itself is tested once, in tests/browser/site.browser.test.ts. Clicking the
 * form here stalled tests for minutes on a busy machine: a click before hydration sends nothing.
 */
export async function signInToAdmin(
  page: Page,
  origin: string,
  email: string,
  password: string,
  { dashboard = true } = {},
): Promise<Page> {
  await page.goto(`${origin}/admin/login`)
  const status = await page.evaluate(
    async (credentials) =>
      (
        await fetch('/api/users/login', {
          body: JSON.stringify(credentials),
          headers: { 'Content-Type': 'application/json' },
          method: 'POST',
        })
      ).status,
    { email, password },
  )
  if (status !== 200) throw new Error(`Signing in as ${email} answered ${status}`)
  if (!dashboard) return page
  await page.goto(`${origin}/admin`)
  await page.locator('.dashboard').first().waitFor()
  return page
}

/**
 * A new page that waits as long as a first request to a busy machine's server may take
 * (`SLOW_PAGE_MS`), at a desktop size unless `width` says otherwise.
 */
export async function newPage(browser: Browser, { width = 1280 } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { height: 900, width } })
  page.setDefaultTimeout(SLOW_PAGE_MS)
  return page
}

/** `url` in a new page, once loaded, and the status it answered with. */
export async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; status: number | undefined }> {
  const page = await newPage(browser)
  const response = await page.goto(url, { timeout: SLOW_PAGE_MS, waitUntil: 'load' })
  return { page, status: response?.status() }
}
