import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User, Video } from '@/payload-types'
import { bootPayload, closePayload } from '@/src/boot'
import { ensureQueues } from '@/src/queue/ensureQueues'
import { chromiumArgs, chromiumPath, openPage } from '@/tests/helpers/chromium'
import { type NextServer, SERVER_START_MS, startNextServer } from '@/tests/helpers/nextServer'
import { pageData } from '@/tests/helpers/fixtures'
import { siteIdOf } from '@/tests/helpers/sites'
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/testDatabase'
import { createUser } from '@/tests/helpers/users'
import { TEST_SECRET } from '@/tests/setup/secret'
import { getSender, stopSender } from '../../queue/client'
import { videoJobs } from '../jobs'
import { createPlayableVideo, createVideo } from '../videoFixtures'

const screenshots = path.resolve('test-results')
const HOST = 'kids-ascension.localhost'

describe.skipIf(!chromiumPath)(
  `watching videos on a site in Chromium${chromiumPath ? '' : ' (skipped: no Chromium)'}`,
  () => {
    let database: TestDatabase | undefined
    let payload: Payload | undefined
    let server: NextServer | undefined
    let browser: Browser | undefined
    let parent: User
    const videos: Record<'family' | 'garden' | 'pending' | 'secret', Video> = {} as never
    let shareToken = ''
    let site = -1

    beforeAll(async () => {
      fs.mkdirSync(screenshots, { recursive: true })
      database = await createTestDatabase({ seeded: true })
      const env = {
        DATA_DIR: database.dataDir,
        DATABASE_URI: database.databaseUri,
        PAYLOAD_SECRET: TEST_SECRET,
      }
      Object.assign(process.env, env)
      payload = await bootPayload(database.databaseUri)
      payload.logger.level = process.env.TEST_LOG_LEVEL || 'fatal'
      await ensureQueues(await getSender(), videoJobs, { schedules: false, update: false })
      site = await siteIdOf(payload, 'kids-ascension')
      ;({ user: parent } = await createUser(payload, 'watching-parent@test.local', [], {
        [site]: ['creator'],
      }))
      const base = { site, uploader: parent }
      videos.garden = await createPlayableVideo(payload, {
        ...base,
        description: 'A slow walk past the tomatoes.\nThen the bees.',
        tags: ['garden', 'summer'],
        title: 'Garden walk',
        visibility: 'public',
      })
      videos.secret = await createPlayableVideo(
        payload,
        { ...base, password: 'open-sesame', title: 'Birthday surprise', visibility: 'public' },
        { height: 360, seconds: 2, width: 640 },
      )
      videos.pending = await createVideo(payload, {
        ...base,
        status: 'pending_review',
        title: 'Not approved yet',
        visibility: 'public',
      })
      videos.family = await createPlayableVideo(
        payload,
        { ...base, title: 'For grandma only', visibility: 'family' },
        { height: 360, seconds: 2, width: 640 },
      )
      const share = await payload.create({
        collection: 'video-shares',
        data: {
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          site,
          video: videos.family.id,
        },
        user: parent,
      })
      shareToken = (
        await payload.findByID({ id: share.id, collection: 'video-shares', overrideAccess: true })
      ).token!
      server = await startNextServer(database)
      browser = await chromium.launch({ args: chromiumArgs, executablePath: chromiumPath })
    }, SERVER_START_MS)

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      await stopSender()
      if (payload) await closePayload(payload)
      await database?.drop()
    })

    const origin = (host: string) => `http://${host}:${new URL(server!.url).port}`

    const open = (urlPath: string, host = HOST) => openPage(browser!, `${origin(host)}${urlPath}`)

    const shoot = (page: Page, name: string) =>
      page.screenshot({ fullPage: true, path: path.join(screenshots, `video-${name}.png`) })

    it('lists the approved public videos of the site, with a tag filter, and 404s on a site without videos', async () => {
      const { page, status } = await open('/videos')
      expect(status, server!.output().slice(-4000)).toBe(200)
      await page.waitForFunction(
        () => [...document.images].every((image) => image.complete && image.naturalWidth > 0),
        null,
        { timeout: 60_000 },
      )
      await shoot(page, 'gallery')
      const titles = await page.locator('.video-card .card__link').allInnerTexts()
      expect(titles).toEqual(['Birthday surprise', 'Garden walk'])
      await page.getByRole('link', { name: 'summer', exact: true }).click()
      await page.waitForURL(/\/videos\?tag=summer$/)
      expect(await page.locator('.video-card .card__link').allInnerTexts()).toEqual(['Garden walk'])
      expect(await page.locator('.tag-filter [aria-current="page"]').innerText()).toBe('summer')
      await page.close()

      const { page: other, status: otherStatus } = await open('/videos', 'lightwave.localhost')
      expect(otherStatus).toBe(404)
      await other.close()
    }, 600_000)

    it('plays a video with hls.js, offers its three qualities and counts the view', async () => {
      const { page, status } = await open('/videos')
      expect(status).toBe(200)
      await page.getByRole('link', { name: 'Garden walk' }).click()
      await page.waitForURL(new RegExp(`/videos/${videos.garden.id}$`))
      const levels = page.locator('.player__media[data-levels="3"]')
      await levels.waitFor({ timeout: 60_000 })
      expect(await page.locator('h1').innerText()).toBe('Garden walk')
      expect(await page.getByLabel('Quality').locator('option').allInnerTexts()).toEqual([
        expect.stringMatching(/^Auto/),
        '1080p',
        '720p',
        '360p',
      ])

      const h264 = await page.evaluate(() =>
        MediaSource.isTypeSupported('video/mp4; codecs="avc1.640028"'),
      )
      console.info(
        `Chromium ${browser!.version()}: H.264 in MSE ${h264 ? 'supported' : 'NOT supported'}`,
      )
      if (h264) {
        // The first segment is in: the picture is ready, and a click on it plays.
        await page.waitForFunction(
          () => (document.querySelector('video')?.readyState ?? 0) >= 2,
          null,
          { timeout: 90_000 },
        )
        const beacon = page.waitForResponse(
          (response) => response.url().endsWith(`/api/videos/${videos.garden.id}/view`),
          { timeout: 90_000 },
        )
        // A click on the video is the browser's own play control, and a user gesture, so autoplay rules allow sound.
        await page.locator('video').click()
        await page.waitForFunction(
          () => (document.querySelector('video')?.currentTime ?? 0) > 1,
          null,
          { timeout: 90_000 },
        )
        expect((await beacon).status()).toBe(200)
        await expect
          .poll(
            async () =>
              (
                await payload!.findByID({
                  id: videos.garden.id,
                  collection: 'videos',
                  overrideAccess: true,
                })
              ).stats?.views,
          )
          .toBe(1)
      }
      await page.evaluate(() => document.querySelector('video')?.pause())
      await shoot(page, 'watch')
      if (h264) {
        // Leaving the page sends the seconds watched since the last report with sendBeacon.
        await page.goto(`${origin(HOST)}/videos`)
        await expect
          .poll(
            async () =>
              (
                await payload!.findByID({
                  id: videos.garden.id,
                  collection: 'videos',
                  overrideAccess: true,
                })
              ).stats?.watchSeconds,
            { timeout: 10_000 },
          )
          .toBeGreaterThan(0)
      }
      await page.close()
    }, 600_000)

    it('asks for the password of a protected video, says when it is wrong, then plays', async () => {
      const { page, status } = await open(`/videos/${videos.secret.id}`)
      expect(status).toBe(200)
      const password = page.getByLabel('Password', { exact: true })
      await password.waitFor()
      await password.fill('guess')
      await page.getByRole('button', { name: 'Watch' }).click()
      await page.getByText('Wrong password').waitFor()
      expect(await password.getAttribute('aria-invalid')).toBe('true')
      await shoot(page, 'password-wrong')
      await password.fill('open-sesame')
      await page.getByRole('button', { name: 'Watch' }).click()
      await page.locator('.player[data-state="ready"] video').waitFor()
      await page.close()
    }, 600_000)

    it('never shows an unapproved video, and opens a family video only with its share link', async () => {
      for (const url of [
        `/videos/${videos.pending.id}`,
        `/videos/${videos.family.id}`,
        `/videos/${videos.family.id}?share=wrong-token`,
        '/videos/999999',
        '/videos/abc',
      ]) {
        const { page, status } = await open(url)
        expect([url, status]).toEqual([url, 404])
        const text = await page.locator('body').innerText()
        expect(text).not.toMatch(/Not approved yet|For grandma only/)
        await page.close()
      }
      const { page, status } = await open(`/videos/${videos.family.id}?share=${shareToken}`)
      expect(status).toBe(200)
      expect(await page.locator('h1').innerText()).toBe('For grandma only')
      // No comments under a shared video: only public videos take them.
      expect(await page.locator('#comments-heading').count()).toBe(0)
      await page
        .locator('.player[data-state="ready"] .player__media[data-levels="1"]')
        .waitFor({ timeout: 60_000 })
      await page.close()
    }, 600_000)

    it('takes a comment, thanks the writer, and shows it only once approved', async () => {
      const { page } = await open(`/videos/${videos.garden.id}`)
      await page.getByRole('button', { name: 'Send comment' }).click()
      await page.getByText('Please tell us your name.').waitFor()
      await page.getByLabel('Your name').fill('Oma')
      await page
        .getByLabel('Comment', { exact: true })
        .fill('What a lovely garden! The bees are my favourite part.')
      await page.getByRole('button', { name: 'Send comment' }).click()
      await page
        .getByText('Thanks — your comment will appear once a moderator has approved it')
        .waitFor()
      await shoot(page, 'comment-sent')
      await page.reload()
      expect(await page.locator('.comments').count()).toBe(0)
      expect(await page.locator('body').innerText()).not.toContain(
        'The bees are my favourite part.',
      )

      const { docs } = await payload!.find({
        collection: 'video-comments',
        overrideAccess: true,
        where: { video: { equals: videos.garden.id } },
      })
      expect(docs.map((doc) => doc.status)).toEqual(['pending'])
      await payload!.update({
        id: docs[0].id,
        collection: 'video-comments',
        data: { status: 'approved' },
        overrideAccess: true,
      })
      await page.reload()
      await page.locator('.comment').first().waitFor()
      expect(await page.locator('.comment__author').allInnerTexts()).toEqual(['Oma'])
      await page.locator('.watch__comments').scrollIntoViewIfNeeded()
      await shoot(page, 'comments')
      await page.close()
    }, 600_000)

    it('shows the same cards in a video gallery block on any page', async () => {
      await payload!.create({
        collection: 'pages',
        data: pageData('video-wall', {
          layout: [
            { blockType: 'videoGallery', heading: 'Our newest videos', layout: 'grid', limit: 6 },
            {
              blockType: 'videoGallery',
              heading: 'In the garden',
              layout: 'list',
              limit: 1,
              tag: 'garden',
            },
          ],
          site,
        }),
      })
      const { page, status } = await open('/video-wall')
      expect(status, server!.output().slice(-4000)).toBe(200)
      const [grid, list] = [
        page.locator('.block--videoGallery').nth(0),
        page.locator('.block--videoGallery').nth(1),
      ]
      expect(await grid.locator('h2').innerText()).toBe('Our newest videos')
      expect(await grid.locator('.card__link').allInnerTexts()).toEqual([
        'Birthday surprise',
        'Garden walk',
      ])
      expect(await list.locator('.video-list .card__link').allInnerTexts()).toEqual(['Garden walk'])
      expect(await page.locator('body').innerText()).not.toMatch(
        /Not approved yet|For grandma only/,
      )
      await page.waitForFunction(
        () => [...document.images].every((image) => image.complete && image.naturalWidth > 0),
        null,
        { timeout: 60_000 },
      )
      await shoot(page, 'gallery-block')
      await page.close()
    }, 600_000)
  },
)
