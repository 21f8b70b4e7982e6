/**
 * Issue 5's "done when", in Chromium on ozean-licht.localhost: a member browses the catalogue,
 * enrolls in a free course, watches the preview lesson, completes two lessons and sees the next
 * module open, and downloads the certificate once the course is complete; a visitor who is not
 * enrolled gets the enroll prompt on a locked lesson (and 403 from the API).
 */
import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed'
import { chromiumArgs, chromiumPath, newPage, signInToAdmin } from '../helpers/chromium'
import {
  type NextServer,
  SERVER_START_MS,
  SLOW_PAGE_MS,
  startNextServer,
} from '../helpers/nextServer'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

const screenshots = path.resolve('test-results')
const MEMBER = 'member@ozean-licht.local'

describe.skipIf(!chromiumPath)(
  `learning on ozean-licht${chromiumPath ? '' : ' (skipped: no Chromium; install it or set CHROMIUM_PATH)'}`,
  () => {
    let t: TestPayload
    let server: NextServer | undefined
    let browser: Browser | undefined

    beforeAll(async () => {
      fs.mkdirSync(screenshots, { recursive: true })
      t = await createTestPayload({ seeded: true })
      server = await startNextServer(t)
      browser = await chromium.launch({ args: chromiumArgs, executablePath: chromiumPath })
    }, SERVER_START_MS)

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      await t?.cleanup()
    })

    const site = (urlPath: string) =>
      `http://ozean-licht.localhost:${new URL(server!.url).port}${urlPath}`
    const shot = (page: Page, name: string) =>
      page.screenshot({ fullPage: true, path: path.join(screenshots, `courses-${name}.png`) })

    /** Signs in through the admin's login form on the site's own host, so the session cookie is the site's. */
    const signIn = async (email: string) =>
      signInToAdmin(await newPage(browser!), site(''), email, DEMO_PASSWORD, { dashboard: false })

    const lessonLink = (page: Page, title: string) =>
      page.locator('.course-syllabus__lessons a', { hasText: title })

    async function completeLesson(page: Page, title: string) {
      await page.goto(site('/courses/breathing-with-the-ocean'))
      await lessonLink(page, title).click()
      await page.getByRole('heading', { name: title, level: 1 }).waitFor()
      await page.getByRole('button', { name: 'Mark complete' }).click()
      await page.locator('.lesson-page .course-badge--done').waitFor()
    }

    it('takes a member from the catalogue through two lessons to the next module, and to a certificate', async () => {
      const page = await signIn(MEMBER)
      await page.goto(site('/courses'), { timeout: SLOW_PAGE_MS })
      await page.getByRole('link', { name: 'Breathing with the Ocean' }).waitFor()
      expect(await page.locator('.course-card').count()).toBe(2)
      await shot(page, 'catalogue')
      // The filter works from the query string: only the free course is free.
      await page.locator('select[name="price"]').selectOption('free')
      await page.getByRole('button', { name: 'Filter' }).click()
      await page.waitForURL(/price=free/)
      expect(await page.locator('.course-card').count()).toBe(1)

      await page.getByRole('link', { name: 'Breathing with the Ocean' }).click()
      await page.getByRole('heading', { name: 'Breathing with the Ocean', level: 1 }).waitFor()
      await page.getByRole('button', { name: 'Enroll for free' }).click()
      await page.getByRole('progressbar', { name: 'Course progress' }).waitFor()
      await shot(page, 'enrolled')

      // The preview lesson, then the second: the "Waves" module opens.
      await completeLesson(page, 'Arriving in the breath')
      await shot(page, 'lesson')
      await completeLesson(page, 'The long exhale')
      await page.goto(site('/courses/breathing-with-the-ocean'))
      expect(await page.locator('[data-completed]').count()).toBe(2)
      await expect.poll(() => page.locator('.course-progress').innerText()).toMatch(/40 % complete/)
      expect(
        await page.locator('.course-syllabus__modules > li').nth(1).getAttribute('data-locked'),
      ).toBeNull()
      expect(
        await page.locator('.course-syllabus__modules > li').nth(2).getAttribute('data-locked'),
      ).toBe('drip')
      await shot(page, 'progress')
      await lessonLink(page, 'Breathing with the waves').click()
      await page.getByRole('button', { name: 'Mark complete' }).waitFor()

      // A week later the last module is open too; finishing it issues the certificate.
      const member = (
        await t.payload.find({ collection: 'users', where: { email: { equals: MEMBER } } })
      ).docs[0]
      const [enrollment] = (
        await t.payload.find({ collection: 'enrollments', where: { user: { equals: member.id } } })
      ).docs
      await t.payload.update({
        id: enrollment.id,
        collection: 'enrollments',
        data: { enrolledAt: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() },
      })
      for (const title of [
        'Breathing with the waves',
        'Letting the breath breathe',
        'Taking it into the day',
      ])
        await completeLesson(page, title)
      await page.goto(site('/my-courses'))
      await page.getByRole('link', { name: 'Your certificate' }).click()
      await page.locator('[data-valid="true"]').waitFor()
      await shot(page, 'certificate')
      const download = page.waitForEvent('download')
      await page.getByRole('link', { name: 'Download PDF' }).click()
      const file = await (await download).path()
      expect(fs.readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-')
    }, 900_000)

    it('lists the site’s events, lets a member take a seat, and serves the calendar feed', async () => {
      const page = await signIn(MEMBER)
      await page.goto(site('/events'), { timeout: SLOW_PAGE_MS })
      await page.locator('.event-list').getByRole('link', { name: 'Evening by the lake' }).click()
      await page.locator('[data-seats-left="12"]').waitFor()
      await page.getByRole('button', { name: 'Register' }).click()
      await page.locator('[data-seats-left="11"]').waitFor()
      await page.getByText('You are registered').waitFor()
      await shot(page, 'event')
      const feed = await page.evaluate(async () => {
        const response = await fetch('/events.ics')
        return { type: response.headers.get('content-type'), text: await response.text() }
      })
      expect(feed.type).toBe('text/calendar; charset=utf-8')
      expect(feed.text.match(/BEGIN:VEVENT/g)).toHaveLength(2)
      // 17:00 UTC: 18:00 in Vienna in winter, 19:00 in summer.
      expect(feed.text).toMatch(/DTSTART;TZID=Europe\/Vienna:\d{8}T1[89]0000/)
    }, 600_000)

    it('shows the course blocks an editor placed on the home page', async () => {
      const page = await newPage(browser!)
      await page.goto(site('/'), { timeout: SLOW_PAGE_MS })
      const card = page.locator('.block--courseCard')
      await card.getByText('Start here: free, at your own pace').waitFor()
      expect(await card.locator('.course-card .card__title').textContent()).toBe(
        'Breathing with the Ocean',
      )
      const list = page.locator('.block--courseList')
      expect(await list.getByRole('heading', { level: 2 }).textContent()).toBe('All courses')
      expect(await list.locator('.course-card .card__title').allTextContents()).toEqual([
        'Breathing with the Ocean',
        'Light on Water',
      ])
      expect(await list.locator('.course-card__price').allTextContents()).toEqual([
        'Free',
        '€49.00',
      ])
      await shot(page, 'home-blocks')
      await card.getByRole('link', { name: 'Breathing with the Ocean' }).click()
      await page.waitForURL(site('/courses/breathing-with-the-ocean'))
    }, 600_000)

    it('gives the instructor the course tree and the learners’ progress in the admin, with a CSV download', async () => {
      const page = await signIn('instructor@ozean-licht.local')
      await page.goto(site('/admin/course-builder'), { timeout: SLOW_PAGE_MS })
      await page.getByRole('link', { name: 'Breathing with the Ocean' }).click()
      await page.locator('.course-builder__modules').waitFor()
      expect(await page.locator('.course-builder__module-title').allTextContents()).toEqual([
        'Arriving',
        'Waves',
        'One week later',
      ])
      expect(
        await page
          .locator('.course-builder__module')
          .nth(0)
          .locator('.course-builder__lesson-title')
          .allTextContents(),
      ).toEqual(['Arriving in the breath', 'The long exhale'])
      await page.getByText('opens 7 days after enrolling').waitFor()
      await shot(page, 'admin-builder')

      // The member of the first test completed the course.
      await page.goto(site('/admin/instructor'))
      const row = page.locator('.instructor-view__table tbody tr', { hasText: MEMBER })
      await row.waitFor()
      expect(await row.locator('.instructor-view__status').textContent()).toBe('completed')
      expect(await row.textContent()).toContain('100%')
      await page
        .locator('select[name="course"]')
        .selectOption({ label: 'Breathing with the Ocean' })
      await page.getByRole('button', { name: 'Show' }).click()
      await page.getByRole('link', { name: 'Download CSV', exact: true }).waitFor()
      await shot(page, 'admin-instructor')
      // The link is a plain `<a download>`: what the browser saves is what its href answers to the
      // instructor's session. Fetching it from the page checks that without waiting for a download
      // event, which a busy machine has been seen to never deliver.
      const link = page.getByRole('link', { name: 'Download CSV', exact: true })
      expect(await link.getAttribute('download')).not.toBeNull()
      const response = await link.evaluate(async (anchor: HTMLAnchorElement) => {
        const answer = await fetch(anchor.href)
        // ignoreBOM keeps the byte-order mark that tells Excel the file is UTF-8.
        return {
          disposition: answer.headers.get('content-disposition'),
          status: answer.status,
          text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await answer.arrayBuffer()),
        }
      })
      expect(response.status).toBe(200)
      expect(response.disposition).toBe(
        'attachment; filename="breathing-with-the-ocean-enrollments.csv"',
      )
      const csv = response.text
      expect(csv).toMatch(/^\uFEFFName,Email,Status,/)
      expect(csv).toContain(`Theo Strand,${MEMBER},completed,`)
    }, 600_000)

    it('shows a visitor who is not enrolled the enroll prompt on a locked lesson', async () => {
      const page = await newPage(browser!)
      await page.goto(site('/courses/breathing-with-the-ocean'), { timeout: SLOW_PAGE_MS })
      await lessonLink(page, 'The long exhale').click()
      await page.locator('[data-locked="true"]').waitFor()
      expect(await page.locator('.lesson-page__content').count()).toBe(0)
      await page.getByRole('link', { name: 'Sign in to enroll' }).waitFor()
      await shot(page, 'locked')
      // The page's own API agrees.
      const status = await page.evaluate(async () => {
        const lessons = (await (
          await fetch('/api/lessons?where[title][equals]=The%20long%20exhale')
        ).json()) as { docs: { id: number }[] }
        return (await fetch(`/api/lessons/${lessons.docs[0].id}`)).status
      })
      expect(status).toBe(403)
    }, 600_000)
  },
)
