import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User, Video } from '@/payload-types'
import type { PrecheckResult } from '@/src/inference/precheckResult'
import { probeVideo } from '../media/probe'
import { transcodeToHls } from '../media/transcode'
import { tierKey } from '../storageKeys'
import { stopSender } from '@/src/queue/sender'
import { DEMO_PASSWORD } from '@/src/seed'
import { getStorage } from '@/src/storage'
import { chromiumArgs, chromiumPath, newPage, signInToAdmin } from '@/tests/helpers/chromium'
import {
  type NextServer,
  SERVER_START_MS,
  SLOW_PAGE_MS,
  startNextServer,
} from '@/tests/helpers/nextServer'
import { siteIdOf } from '@/tests/helpers/sites'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { makeClip } from '@/tests/helpers/videoClips'

const screenshots = path.resolve('test-results')
const MODERATOR = 'moderator@kids-ascension.local'
const PARENT = 'parent@kids-ascension.local'

const precheckSet = (nsfw: PrecheckResult): PrecheckResult[] => [
  nsfw,
  {
    check: 'speech',
    message: 'No speech model is configured: nothing listens to the audio.',
    status: 'not_configured',
  },
  {
    check: 'text',
    message: 'No text-recognition model is configured: on-screen text is not read.',
    status: 'not_configured',
  },
]

describe.skipIf(!chromiumPath)(
  `the moderation queue in Chromium${chromiumPath ? '' : ' (skipped: no Chromium; install it or set CHROMIUM_PATH)'}`,
  () => {
    let t: TestPayload
    let server: NextServer | undefined
    let browser: Browser | undefined
    let parent: User
    let moderator: User
    const videos: Record<'failed' | 'flagged' | 'oldest' | 'published', Video> = {} as never
    let shareId: number
    const browserErrors: string[] = []

    /** A video uploaded by the parent, with real HLS, thumbnail and previews in storage, as the worker leaves it. */
    async function processedVideo(
      title: string,
      source: string,
      data: Partial<Video>,
    ): Promise<Video> {
      const site = await siteIdOf(t.payload, 'kids-ascension')
      const video = await t.payload.create({
        collection: 'videos',
        data: { site, status: 'uploaded', title, visibility: 'public' },
        filePath: source,
        user: parent,
      })
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'moderation-hls-'))
      const hls = await transcodeToHls({
        input: source,
        outDir: out,
        probe: await probeVideo(source),
      })
      for (const file of fs.readdirSync(out, { recursive: true }) as string[]) {
        const full = path.join(out, file)
        if (fs.statSync(full).isFile())
          await getStorage().putFile(
            tierKey('staging', 'videos', video.storage!.folder!, 'hls', ...file.split(path.sep)),
            full,
          )
      }
      fs.rmSync(out, { force: true, recursive: true })
      return t.payload.update({
        id: video.id,
        collection: 'videos',
        data: {
          previews: hls.previews.map((file) => ({ file: `hls/${file}` })),
          processing: { finishedAt: new Date().toISOString(), progress: 100 },
          renditions: hls.renditions.map(({ bandwidth, height, playlist, width }) => ({
            bandwidth,
            height,
            playlist: `hls/${playlist}`,
            width,
          })),
          status: 'pending_review',
          thumbnail: `hls/${hls.thumbnail}`,
          ...data,
        },
        overrideAccess: true,
      })
    }

    beforeAll(async () => {
      fs.mkdirSync(screenshots, { recursive: true })
      t = await createTestPayload({ seeded: true })
      const user = async (email: string) =>
        (
          await t.payload.find({
            collection: 'users',
            limit: 1,
            where: { email: { equals: email } },
          })
        ).docs[0]
      parent = await user(PARENT)
      moderator = await user(MODERATOR)

      const source = await makeClip(
        path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'moderation-')), 'garden.mp4'),
        { seconds: 4 },
      )
      videos.oldest = await processedVideo('Building a sandcastle', source, {
        description: 'Our first sandcastle of the summer.',
        prechecks: precheckSet({
          check: 'nsfw',
          frame: 'preview-2.jpg',
          labels: { Drawing: 0.05, Hentai: 0.004, Neutral: 0.93, Porn: 0.006, Sexy: 0.01 },
          message: 'No NSFW content detected (max 0.02 on preview-2.jpg)',
          model: 'mobilenet_v2',
          score: 0.02,
          status: 'ok',
        }),
      })
      videos.flagged = await processedVideo('Cartwheels in the garden', source, {
        // What `nsfwPrecheck` reports for a flagged frame (the test picture itself scores near 0).
        prechecks: precheckSet({
          check: 'nsfw',
          frame: 'preview-3.jpg',
          labels: { Drawing: 0.03, Hentai: 0.01, Neutral: 0.25, Porn: 0.19, Sexy: 0.52 },
          message: 'Possible NSFW content on preview-3.jpg (0.71, threshold 0.6)',
          model: 'mobilenet_v2',
          score: 0.71,
          status: 'flagged',
        }),
      })
      videos.failed = await processedVideo('The upload that broke', source, {
        processing: { error: 'ffmpeg exited with code 1: moov atom not found', progress: 35 },
        status: 'failed',
      })
      videos.published = await processedVideo('Grandma’s birthday', source, { status: 'approved' })
      shareId = (
        await t.payload.create({
          collection: 'video-shares',
          data: {
            expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            label: 'Grandma',
            site: videos.published.site,
            video: videos.published.id,
          },
          user: parent,
        })
      ).id
      await t.payload.create({
        collection: 'video-comments',
        data: {
          authorName: 'Oma Ilse',
          body: 'What a lovely party!',
          site: videos.published.site,
          status: 'pending',
          video: videos.published.id,
        },
        overrideAccess: true,
      })

      server = await startNextServer(t)
      browser = await chromium.launch({ args: chromiumArgs, executablePath: chromiumPath })
    }, SERVER_START_MS)

    afterAll(async () => {
      fs.writeFileSync(
        path.join(screenshots, 'moderation-browser-console.txt'),
        browserErrors.join('\n'),
      )
      await browser?.close()
      await server?.stop()
      await stopSender()
      await t?.cleanup()
    })

    async function signIn(email: string): Promise<Page> {
      const page = await newPage(browser!)
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          browserErrors.push(`${message.type()} ${page.url()}: ${message.text()}`)
      })
      page.on('pageerror', (error) =>
        browserErrors.push(`pageerror ${page.url()}: ${error.message}`),
      )
      return signInToAdmin(page, server!.url, email, DEMO_PASSWORD)
    }

    const stored = (id: number) =>
      t.payload.findByID({ id, collection: 'videos', depth: 0, overrideAccess: true })
    const card = (page: Page, title: string) => page.locator('.moderation-card', { hasText: title })

    it('shows a moderator the pending videos oldest first, and approves one with the a key', async () => {
      const page = await signIn(MODERATOR)
      await expect.poll(() => page.locator('#nav-moderation').innerText()).toMatch(/Moderation\s*2/)
      await page.goto(`${server!.url}/admin/moderation`, { timeout: SLOW_PAGE_MS })
      await page.locator('.moderation-card').first().waitFor()
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('.moderation-frames img')].every(
          (image) => image.complete,
        ),
      )
      await page.screenshot({
        fullPage: true,
        path: path.join(screenshots, 'moderation-queue.png'),
      })

      const titles = await page.locator('.moderation-card__title').allInnerTexts()
      expect(titles).toEqual(['Building a sandcastle', 'Cartwheels in the garden'])
      const flagged = card(page, 'Cartwheels in the garden')
      expect(
        await flagged.locator('.moderation-frames__frame--flagged img').getAttribute('src'),
      ).toBe(`/api/videos/${videos.flagged.id}/previews/3`)
      expect(await flagged.locator('.moderation-prechecks').innerText()).toMatch(
        /nsfw: flagged[\s\S]*Highest score 71 % on preview-3.jpg: Sexy 52 %, Neutral 25 %, Porn 19 %/,
      )
      // Only a flag marks a frame.
      expect(
        await card(page, 'Building a sandcastle')
          .locator('.moderation-frames__frame--flagged')
          .count(),
      ).toBe(0)
      expect(await page.locator('.moderation-help').first().innerText()).toMatch(/a\s+approve/)

      // j moves to the next card, k back; a approves the active one.
      await page.keyboard.press('j')
      await expect
        .poll(() => flagged.evaluate((element) => element === document.activeElement))
        .toBe(true)
      await page.keyboard.press('k')
      await page.keyboard.press('a')
      await card(page, 'Building a sandcastle').waitFor({ state: 'detached' })
      await page.screenshot({
        fullPage: true,
        path: path.join(screenshots, 'moderation-queue-after-approve.png'),
      })
      expect(await page.locator('.moderation-card').count()).toBe(1)
      const approved = await stored(videos.oldest.id)
      expect(approved.status).toBe('approved')
      expect(approved.moderation?.moderatedBy).toBe(moderator.id)

      // r with empty notes asks for them first; Esc returns to the card and r rejects.
      await page.keyboard.press('r')
      const notes = flagged.locator('textarea')
      await expect
        .poll(() => notes.evaluate((element) => element === document.activeElement))
        .toBe(true)
      expect(await flagged.locator('[role="alert"]').innerText()).toMatch(/why/)
      await notes.fill('Please film with clothes on, even in the garden.')
      await page.keyboard.press('Escape')
      await page.keyboard.press('r')
      await flagged.waitFor({ state: 'detached' })
      expect(await page.locator('.moderation-empty').first().innerText()).toMatch(/Nothing waits/)
      const rejected = await stored(videos.flagged.id)
      expect(rejected.status).toBe('rejected')
      expect(rejected.moderation?.notes).toBe('Please film with clothes on, even in the garden.')

      // The comments tab: approve the pending comment.
      await page.getByRole('tab', { name: /Comments/ }).click()
      await page.screenshot({ path: path.join(screenshots, 'moderation-comments.png') })
      await page.getByRole('button', { name: 'Approve the comment by Oma Ilse' }).click()
      await page.getByText('No comments wait for approval.').waitFor()
      const [comment] = (
        await t.payload.find({
          collection: 'video-comments',
          overrideAccess: true,
          where: { video: { equals: videos.published.id } },
        })
      ).docs
      expect(comment.status).toBe('approved')
      await page.close()
    }, 600_000)

    it('plays the stream in the card', async () => {
      await t.payload.update({
        id: videos.oldest.id,
        collection: 'videos',
        data: { status: 'pending_review' },
        overrideAccess: true,
      })
      const page = await signIn(MODERATOR)
      await page.goto(`${server!.url}/admin/moderation`, { timeout: SLOW_PAGE_MS })
      const player = card(page, 'Building a sandcastle').locator('.moderation-player')
      await player.getByRole('button', { name: /Play/ }).click()
      const playing = () =>
        player.evaluate((element) => ({
          error: element.querySelector('[role="alert"]')?.textContent ?? null,
          readyState: element.querySelector('video')!.readyState,
        }))
      // Either it plays or the player says why not; the reason is in the failure message.
      const settled = async () => {
        const { error, readyState } = await playing()
        return error !== null || readyState >= 2
      }
      await expect.poll(settled, { timeout: 60_000 }).toBe(true)
      expect(await playing()).toEqual({ error: null, readyState: expect.any(Number) })
      expect((await playing()).readyState).toBeGreaterThanOrEqual(2)
      await page.screenshot({ path: path.join(screenshots, 'moderation-player.png') })

      // On the video's own page a moderator is pointed to the queue.
      await page.goto(`${server!.url}/admin/collections/videos/${videos.oldest.id}`, {
        timeout: SLOW_PAGE_MS,
      })
      await page
        .locator('.processing-status')
        .getByRole('link', { name: 'Review it in the moderation queue' })
        .waitFor()
      await page.close()
    }, 600_000)

    it('shows the uploader a failed video’s reason with Retry, and the address of a share link', async () => {
      const page = await signIn(PARENT)
      expect(await page.locator('#nav-moderation').count()).toBe(0)
      await page.goto(`${server!.url}/admin/moderation`, { timeout: SLOW_PAGE_MS })
      expect(await page.locator('.moderation-view').innerText()).toMatch(/not allowed to moderate/)

      await page.goto(`${server!.url}/admin/collections/videos/${videos.failed.id}`, {
        timeout: SLOW_PAGE_MS,
      })
      const status = page.locator('.processing-status')
      await status.getByText('moov atom not found').waitFor()
      // The form is ready (and the screenshot worth looking at) once its fields accept input.
      await expect.poll(() => page.locator('#field-title').isEditable()).toBe(true)
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'video-failed.png') })
      await status.getByRole('button', { name: 'Retry' }).click()
      await status.getByText('Waiting for a worker to start processing…').waitFor()
      expect((await stored(videos.failed.id)).status).toBe('uploaded')
      // What the worker writes shows up while the page is open.
      const worker = (data: Partial<Video>) =>
        t.payload.update({ id: videos.failed.id, collection: 'videos', data, overrideAccess: true })
      await worker({ processing: { progress: 55 }, status: 'processing' })
      await status.getByText('55 %').waitFor({ timeout: 15_000 })
      await page.screenshot({ path: path.join(screenshots, 'video-processing.png') })
      await worker({ processing: { progress: 100 }, status: 'pending_review' })
      await status.getByText('Waiting for a moderator.').waitFor({ timeout: 15_000 })

      // The uploader reads the decision of the first test, with its notes, on the video’s page.
      await page.goto(`${server!.url}/admin/collections/videos/${videos.flagged.id}`, {
        timeout: SLOW_PAGE_MS,
      })
      await page
        .locator('.processing-status')
        .getByText('Please film with clothes on, even in the garden.')
        .waitFor()
      expect(await page.locator('.processing-status').innerText()).toMatch(/Rejected by Jonas Berg/)

      await page.goto(`${server!.url}/admin/collections/video-shares/${shareId}`, {
        timeout: SLOW_PAGE_MS,
      })
      const address = await page.locator('#share-link-url').inputValue()
      await page.waitForLoadState('networkidle')
      const { token } = await t.payload.findByID({
        id: shareId,
        collection: 'video-shares',
        overrideAccess: true,
      })
      expect(address).toBe(
        `http://kids-ascension.localhost:${new URL(server!.url).port}/videos/${videos.published.id}?share=${token}`,
      )
      await page.screenshot({
        fullPage: true,
        path: path.join(screenshots, 'video-share-link.png'),
      })
      await page.close()
    }, 600_000)
  },
)
