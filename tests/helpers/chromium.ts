import fs from 'node:fs'
import type { Page } from 'playwright-core'

/** Debian's Chromium (`apt-get install chromium`) or CHROMIUM_PATH; undefined when neither exists. */
export const chromiumPath: string | undefined = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)),
)

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
 * Signs in through the admin's login form at `origin` and lands on the dashboard (with `dashboard:
 * false`, stops once the login answered: members may sign in there but have no admin). Under load two
 * things have stalled a test for minutes: a click before the form was hydrated (nothing is sent),
 * and the client-side redirect after login. So the form is filled once the page is idle, the login
 * request must answer 200, and if the redirect has not happened a minute later the page goes to
 * /admin itself — the session cookie is set by then.
 */
export async function signInToAdmin(page: Page, origin: string, email: string, password: string, { dashboard = true } = {}): Promise<Page> {
  await page.goto(`${origin}/admin/login`, { waitUntil: 'networkidle' })
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  const loggedIn = page.waitForResponse((response) => response.url().includes('/api/users/login'))
  await page.locator('button[type="submit"]').click()
  const status = (await loggedIn).status()
  if (status !== 200) throw new Error(`Signing in as ${email} answered ${status}`)
  if (!dashboard) return page
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 }).catch(() => page.goto(`${origin}/admin`))
  await page.locator('.dashboard').first().waitFor()
  return page
}
