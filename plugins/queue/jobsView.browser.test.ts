import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { handlers, queues } from '../../tests/helpers/workerQueues'
import { startWorker, type Worker } from '../../media-workers/worker'
import { findJob } from './operations/listJobs'
import { getSender, stopSender } from '../../src/queue/sender'
import { chromiumArgs, chromiumPath, newPage, signInToAdmin } from '../../tests/helpers/chromium'
import {
  type NextServer,
  SERVER_START_MS,
  SLOW_PAGE_MS,
  startNextServer,
} from '../../tests/helpers/nextServer'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createStaff, createUser, TEST_PASSWORD } from '../../tests/helpers/users'
import { sendQueueJob } from './jobs'

const screenshots = path.resolve('test-results')

describe.skipIf(!chromiumPath)(
  `the Jobs view in Chromium${chromiumPath ? '' : ' (skipped: no Chromium; install it or set CHROMIUM_PATH)'}`,
  () => {
    let t: TestPayload
    let worker: Worker | undefined
    let server: NextServer | undefined
    let browser: Browser | undefined
    const jobs = { completed: '', failed: '', ofSite: '', running: '' }

    beforeAll(async () => {
      fs.mkdirSync(screenshots, { recursive: true })
      t = await createTestPayload()
      await createStaff(t.payload)
      await createUser(t.payload, 'site-admin@test.local', [], { [t.siteId]: ['admin'] })
      worker = await startWorker({
        databaseUri: t.databaseUri,
        handlers,
        payload: t.payload,
        queues,
      })

      jobs.completed = (await sendQueueJob('queue.noop', {
        requestedAt: 'a while ago',
        site: null,
      }))!
      jobs.running = (await sendQueueJob('queue.noop', {
        holdMs: 600_000,
        requestedAt: 'now',
        site: null,
      }))!
      jobs.ofSite = (await sendQueueJob('queue.noop', {
        requestedAt: 'for the site',
        site: t.siteId,
      }))!
      // A failed job, as a worker leaves one: taken from a queue no worker serves, then failed.
      const boss = await getSender()
      jobs.failed = (await boss.send(
        'queue.noop.dead',
        { requestedAt: 'yesterday' },
        { retryLimit: 0 },
      ))!
      await boss.fetch('queue.noop.dead')
      await boss.fail('queue.noop.dead', jobs.failed, new Error('the disk is full'))

      server = await startNextServer(t)
      browser = await chromium.launch({ args: chromiumArgs, executablePath: chromiumPath })
    }, SERVER_START_MS)

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
      await worker?.stop(1)
      await stopSender()
      await t?.cleanup()
    })

    async function signIn(email: string): Promise<Page> {
      return signInToAdmin(
        await newPage(browser!, { width: 1400 }),
        server!.url,
        email,
        TEST_PASSWORD,
      )
    }

    const state = async (queue: string, id: string) =>
      (await findJob((await getSender()).getDb(), queue, id, 'all'))?.state

    it('shows a super-admin the queues and the latest jobs, and cancels and retries from there', async () => {
      const page = await signIn('admin@test.local')
      expect(await page.locator('#nav-jobs').getAttribute('href')).toBe('/admin/jobs')
      await page.goto(`${server!.url}/admin/jobs`, { timeout: SLOW_PAGE_MS })
      const running = page.locator('tr', { has: page.locator(`code[title="${jobs.running}"]`) })
      await running.locator('progress').waitFor()
      await page.screenshot({ fullPage: true, path: path.join(screenshots, 'jobs-view.png') })

      const queuesTable = page.locator('table', {
        has: page.locator('caption', { hasText: 'Queues' }),
      })
      expect(await queuesTable.locator('tbody th').allInnerTexts()).toEqual(
        expect.arrayContaining(['payload.jobs', 'queue.noop']),
      )
      expect(await running.innerText()).toMatch(/active[\s\S]*held by/)
      const failed = page.locator('tr', { has: page.locator(`code[title="${jobs.failed}"]`) })
      expect(await failed.innerText()).toContain('the disk is full')

      await page.getByRole('button', { name: `Cancel job ${jobs.running}` }).click()
      await expect
        .poll(() => running.locator('.pill').innerText(), { timeout: 30_000 })
        .toBe('cancelled')
      expect(await state('queue.noop', jobs.running)).toBe('cancelled')

      await page.getByRole('button', { name: `Retry job ${jobs.failed}` }).click()
      await expect
        .poll(() => failed.locator('.pill').innerText(), { timeout: 30_000 })
        .toBe('retry')
      expect(await state('queue.noop.dead', jobs.failed)).toBe('retry')

      // Filtering by state keeps only those jobs, and the URL says so.
      await page.getByLabel('State').selectOption('completed')
      await expect
        .poll(async () => [...new Set(await page.locator('tbody .pill').allInnerTexts())], {
          timeout: 30_000,
        })
        .toEqual(['completed'])
      expect(page.url()).toContain('state=completed')
      await page.screenshot({
        fullPage: true,
        path: path.join(screenshots, 'jobs-view-completed.png'),
      })
      await page.close()
    }, 600_000)

    it('shows a site admin their site’s jobs only, and the dead-letter queues', async () => {
      const page = await signIn('site-admin@test.local')
      await page.goto(`${server!.url}/admin/jobs`, { timeout: SLOW_PAGE_MS })
      await page.locator(`code[title="${jobs.ofSite}"]`).waitFor()
      const queuesTable = page.locator('table', {
        has: page.locator('caption', { hasText: 'Queues' }),
      })
      expect(await queuesTable.locator('tbody th').allInnerTexts()).toEqual(
        expect.arrayContaining(['queue.noop', 'queue.noop.dead dead letters']),
      )
      // The health checks and drills are instance-wide: a site admin never sees them.
      for (const id of [jobs.completed, jobs.failed, jobs.running])
        expect(await page.locator(`code[title="${id}"]`).count()).toBe(0)
      await page.close()
    }, 300_000)

    it('tells an editor that the jobs are not theirs to see', async () => {
      const page = await signIn('editor@test.local')
      expect(await page.locator('#nav-jobs').count()).toBe(0)
      await page.goto(`${server!.url}/admin/jobs`, { timeout: SLOW_PAGE_MS })
      await page.getByText('You are not allowed to see the jobs').waitFor()
      expect(await page.locator('table').count()).toBe(0)
      await page.close()
    }, 300_000)
  },
)
