/**
 * Issue 4's "done when", end to end in Chromium with a real worker: a parent uploads a 1080p clip
 * in the admin's create form and watches it process on the video's admin page, the moderator sees it in the queue with thumbnails and an NSFW
 * score and approves it, and it plays on kids-ascension.localhost with three rungs; a rejected
 * video never plays.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { handlers, queues } from '../helpers/workerQueues'
import { startWorker, type Worker } from '../../media-workers/worker'
import { DEMO_PASSWORD } from '../../src/seed'
import { chromiumArgs, chromiumPath, newPage, signInToAdmin } from '../helpers/chromium'
import {
  type NextServer,
  SERVER_START_MS,
  SLOW_PAGE_MS,
  startNextServer,
} from '../helpers/nextServer'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { makeClip } from '../helpers/videoClips'
import { waitFor } from '../helpers/waitFor'

const screenshots = path.resolve('test-results')
const PARENT = 'parent@kids-ascension.local'
const MODERATOR = 'moderator@kids-ascension.local'

describe.skipIf(!chromiumPath)(
  `a video from upload to playback${chromiumPath ? '' : ' (skipped: no Chromium; install it or set CHROMIUM_PATH)'}`,
  () => {
    let t: TestPayload
    let server: NextServer | undefined
    let browser: Browser | undefined
    let worker: Worker | undefined
    const clips = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-e2e-'))

    beforeAll(async () => {
      fs.mkdirSync(screenshots, { recursive: true })
      t = await createTestPayload({ seeded: true })
      await makeClip(path.join(clips, 'first-painting.mp4'), {
        height: 1080,
        seconds: 8,
        width: 1920,
      })
      await makeClip(path.join(clips, 'not-for-kids.mp4'), { height: 360, seconds: 2, width: 640 })
      worker = await startWorker({
        databaseUri: t.databaseUri,
        handlers,
        payload: t.payload,
        queues,
        settings: { monitorIntervalSeconds: 1, superviseIntervalSeconds: 1 },
      })
      server = await startNextServer(t)
      browser = await chromium.launch({ args: chromiumArgs, executablePath: chromiumPath })
    }, SERVER_START_MS)

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      await worker?.stop(1)
      await t?.cleanup()
      fs.rmSync(clips, { force: true, recursive: true })
    })

    async function signIn(email: string): Promise<Page> {
      const context = await browser!.newContext({ viewport: { height: 900, width: 1280 } })
      const page = await context.newPage()
      page.setDefaultTimeout(SLOW_PAGE_MS)
      return signInToAdmin(page, server!.url, email, DEMO_PASSWORD)
    }

    const videoTitled = async (title: string) =>
      (
        await t.payload.find({
          collection: 'videos',
          depth: 0,
          overrideAccess: true,
          where: { title: { equals: title } },
        })
      ).docs[0]
    const siteUrl = (urlPath: string) =>
      `http://kids-ascension.localhost:${new URL(server!.url).port}${urlPath}`

    /** The parent's upload through the admin's create form; resolves with the new video's id once it is saved. */
    async function uploadInAdmin(page: Page, file: string, title: string): Promise<number> {
      await page.goto(`${server!.url}/admin/collections/videos/create`)
      await page.locator('input[type="file"]').setInputFiles(file)
      await page.locator('#field-title').fill(title)
      await page.locator('#field-visibility').click()
      await page.locator('.rs__option', { hasText: 'Public' }).click()
      await page.locator('#action-save').click()
      await page.waitForURL(/\/admin\/collections\/videos\/\d+$/, { timeout: 120_000 })
      return Number(new URL(page.url()).pathname.split('/').pop())
    }

    it('goes from the parent’s upload through moderation to HLS playback on the site', async () => {
      const parent = await signIn(PARENT)
      // The worker waits until the page is open, so the test sees processing from its start.
      await worker?.stop(1)
      const id = await uploadInAdmin(
        parent,
        path.join(clips, 'first-painting.mp4'),
        'Mila’s first painting',
      )
      await parent
        .getByText(/uploaded/i)
        .first()
        .waitFor()
      await parent.screenshot({ path: path.join(screenshots, 'e2e-uploaded.png') })
      // Saved on the parent's site, by the parent, waiting for a worker.
      const saved = await t.payload.findByID({
        id,
        collection: 'videos',
        depth: 0,
        overrideAccess: true,
      })
      expect([saved.status, saved.visibility, saved.uploader]).toEqual([
        'uploaded',
        'public',
        (await t.payload.find({ collection: 'users', where: { email: { equals: PARENT } } }))
          .docs[0].id,
      ])
      worker = await startWorker({
        databaseUri: t.databaseUri,
        handlers,
        payload: t.payload,
        queues,
        settings: { monitorIntervalSeconds: 1, superviseIntervalSeconds: 1 },
      })

      // Progress shows live on the video's page while the worker transcodes.
      await parent
        .getByRole('progressbar', { name: 'Processing progress' })
        .waitFor({ timeout: 120_000 })
      await parent
        .getByText(/^\d+ %$/)
        .first()
        .waitFor({ timeout: 120_000 })
      await parent.screenshot({ path: path.join(screenshots, 'e2e-processing.png') })
      await parent
        .getByText(/pending review/i)
        .first()
        .waitFor({ timeout: 180_000 })
      await parent.screenshot({ path: path.join(screenshots, 'e2e-pending-review.png') })
      expect(
        (await videoTitled('Mila’s first painting')).renditions?.map((rung) => rung.height),
      ).toEqual([360, 720, 1080])

      // The moderator's queue: thumbnail, preview frames and the NSFW score.
      const moderator = await signIn(MODERATOR)
      await moderator.goto(`${server!.url}/admin/moderation`, { timeout: SLOW_PAGE_MS })
      const card = moderator.locator('.moderation-card', { hasText: 'Mila’s first painting' })
      await card.waitFor()
      await moderator.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.moderation-frames img')].every(
          (image) => image.complete && image.naturalWidth > 0,
        ),
      )
      expect(await card.locator('.moderation-frames img').count()).toBeGreaterThanOrEqual(3)
      expect(await card.locator('.moderation-prechecks').innerText()).toMatch(
        /nsfw: ok[\s\S]*\d+ %/i,
      )
      await moderator.screenshot({
        fullPage: true,
        path: path.join(screenshots, 'e2e-moderation-queue.png'),
      })
      await card.focus()
      await moderator.keyboard.press('a')
      await card.waitFor({ state: 'detached' })

      // The approval moves the files to delivery; the site plays the stream with all three rungs.
      await waitFor(
        'publishing',
        async () =>
          (await t.payload.findByID({ id, collection: 'videos', overrideAccess: true })).storage
            ?.tier === 'published'
            ? true
            : undefined,
        60_000,
      )
      const visitor = await newPage(browser!)
      await visitor.goto(siteUrl('/videos'), { timeout: SLOW_PAGE_MS })
      await visitor.getByText('Mila’s first painting').first().waitFor()
      await visitor.screenshot({ fullPage: true, path: path.join(screenshots, 'e2e-gallery.png') })
      await visitor.goto(siteUrl(`/videos/${id}`), { timeout: SLOW_PAGE_MS })
      await visitor.locator('.player__media[data-levels="3"]').waitFor({ timeout: 60_000 })
      const played = await visitor.evaluate(async () => {
        const video = document.querySelector('video')!
        video.muted = true
        await video.play().catch(() => undefined)
        await new Promise((resolve) => setTimeout(resolve, 3000))
        return video.currentTime
      })
      await visitor.screenshot({ path: path.join(screenshots, 'e2e-playing.png') })
      expect(played).toBeGreaterThan(0.5)
    }, 900_000)

    it('never plays a rejected video', async () => {
      const parent = await signIn(PARENT)
      const id = await uploadInAdmin(parent, path.join(clips, 'not-for-kids.mp4'), 'Not for kids')
      await waitFor(
        'processing',
        async () =>
          (await videoTitled('Not for kids'))?.status === 'pending_review' ? true : undefined,
        180_000,
        500,
      )
      const moderator = await signIn(MODERATOR)
      await moderator.goto(`${server!.url}/admin/moderation`, { timeout: SLOW_PAGE_MS })
      const card = moderator.locator('.moderation-card', { hasText: 'Not for kids' })
      await card.locator('textarea').fill('Not suitable for children.')
      await card
        .getByRole('button', { name: /Reject/ })
        .first()
        .click()
      await card.waitFor({ state: 'detached' })
      expect((await videoTitled('Not for kids')).status).toBe('rejected')

      const visitor = await browser!.newPage()
      const response = await visitor.goto(siteUrl(`/videos/${id}`), { timeout: SLOW_PAGE_MS })
      expect(response?.status()).toBe(404)
      // Asked from the site's own origin, as its player would.
      expect(
        await visitor.evaluate(
          (url) => fetch(url).then((r) => r.status),
          `/api/videos/${id}/playback`,
        ),
      ).toBe(404)
      // The uploader sees the decision and the moderator's reason on the video's page.
      await parent.goto(`${server!.url}/admin/collections/videos/${id}`)
      await parent.getByText('Not suitable for children.').first().waitFor()
      await parent.screenshot({ path: path.join(screenshots, 'e2e-rejected-uploader.png') })
    }, 600_000)
  },
)
