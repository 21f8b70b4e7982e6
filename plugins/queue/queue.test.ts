import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { handlers, queues } from '../../tests/helpers/workerQueues'
import { startWorker, type Worker } from '../../media-workers/worker'
import type { Page } from '../../payload-types'
import { defineJob } from '../../src/queue/defineJob'
import type { JobPage, JobSummary } from './operations/listJobs'
import type { QueueSummary } from './operations/listQueues'
import { createSender, stopSender } from '../../src/queue/sender'
import { createApi, type Api, errorText } from '../../tests/helpers/api'
import { pageData } from '../../tests/helpers/fixtures'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createStaff, createUser } from '../../tests/helpers/users'
import { waitFor } from '../../tests/helpers/waitFor'
import { sendQueueJob } from './jobs'

/** A job of this test only: holds until released or aborted, and remembers why it stopped. */
const testJobs = {
  'test.hold': defineJob<{ failWith?: string; holdMs: number }, { held: number }>({
    heartbeatSeconds: 10,
    notify: true,
    retryLimit: 0,
  }),
}
const sendTestJob = createSender(testJobs)
const aborted = new Map<string, string>()

let t: TestPayload
let api: Api
let worker: Worker
const tokens: Record<'editor' | 'siteAdmin' | 'siteEditor' | 'superAdmin', string> = {
  editor: '',
  siteAdmin: '',
  siteEditor: '',
  superAdmin: '',
}

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  const staff = await createStaff(t.payload)
  tokens.superAdmin = staff.admin.token
  tokens.editor = staff.editor.token
  tokens.siteAdmin = (
    await createUser(t.payload, 'site-admin@test.local', [], { [t.siteId]: ['admin'] })
  ).token
  tokens.siteEditor = (
    await createUser(t.payload, 'site-editor@test.local', [], { [t.siteId]: ['editor'] })
  ).token
  // What `npm run worker` runs, in this process, plus the test queue; cancels land within a second.
  worker = await startWorker({
    databaseUri: t.databaseUri,
    handlers: {
      ...handlers,
      'test.hold': {
        handler: async ({ failWith, holdMs }, { job, progress, signal }) => {
          progress(50, 'halfway')
          try {
            await sleep(holdMs, undefined, { signal })
          } catch (error) {
            aborted.set(job.id, String(signal.reason))
            throw error
          }
          if (failWith) throw new Error(failWith)
          return { held: holdMs }
        },
      },
    },
    heartbeatRefreshSeconds: 1,
    payload: t.payload,
    queues: { ...queues, ...testJobs },
    settings: { monitorIntervalSeconds: 1, superviseIntervalSeconds: 1 },
  })
})

afterAll(async () => {
  await worker?.stop(1)
  await stopSender()
  await t?.cleanup()
})

const jobVia = async (queue: string, id: string): Promise<JobSummary | undefined> => {
  const { body } = await api.get<JobPage>(`/queue/jobs?queue=${queue}&limit=100`, {
    token: tokens.superAdmin,
  })
  return body.docs.find((job) => job.id === id)
}

const jobInState = (queue: string, id: string, state: JobSummary['state']) =>
  waitFor(`job ${id} to be ${state}`, async () => {
    const job = await jobVia(queue, id)
    return job?.state === state ? job : undefined
  })

const act = (action: 'cancel' | 'retry', queue: string, id: string, token = tokens.superAdmin) =>
  api.post<{ job: JobSummary }>(`/queue/jobs/${queue}/${id}/${action}`, {}, { token })

describe('POST /api/queue/health', () => {
  it('answers ok when a worker takes the job, for an admin', async () => {
    const response = await api.post<{ ok: boolean; worker?: string }>(
      '/queue/health',
      {},
      { token: tokens.superAdmin },
    )
    expect(response.status).toBe(200)
    expect(response.body.ok).toBe(true)
    expect(response.body.worker).toContain(String(process.pid))
  })

  it('is refused to anonymous callers and editors', async () => {
    expect((await api.post('/queue/health', {})).status).toBe(403)
    expect((await api.post('/queue/health', {}, { token: tokens.editor })).status).toBe(403)
  })
})

describe('who operates the queue', () => {
  it('lets super-admins and site admins list queues and jobs, and refuses everyone else', async () => {
    for (const path of ['/queue/queues', '/queue/jobs']) {
      expect((await api.get(path)).status).toBe(403)
      expect((await api.get(path, { token: tokens.editor })).status).toBe(403)
      expect((await api.get(path, { token: tokens.siteEditor })).status).toBe(403)
      expect((await api.get(path, { token: tokens.siteAdmin })).status).toBe(200)
      expect((await api.get(path, { token: tokens.superAdmin })).status).toBe(200)
    }
  })

  it('refuses retry and cancel to anonymous callers and editors, before looking at the job', async () => {
    const id = '00000000-0000-4000-8000-000000000000'
    for (const action of ['retry', 'cancel'] as const) {
      expect((await api.post(`/queue/jobs/queue.noop/${id}/${action}`, {})).status).toBe(403)
      expect((await act(action, 'queue.noop', id, tokens.editor)).status).toBe(403)
      expect((await act(action, 'queue.noop', id, tokens.siteAdmin)).status).toBe(404)
    }
  })
})

describe('GET /api/queue/queues', () => {
  it('lists every queue with its counts, dead letters and schedule', async () => {
    // The health checks' noop jobs are instance-wide: counted for super-admins (site admins: tests/abuse).
    const { body } = await api.get<{ queues: QueueSummary[] }>('/queue/queues', {
      token: tokens.superAdmin,
    })
    const byName = new Map(body.queues.map((queue) => [queue.name, queue]))
    expect([...byName.keys()]).toEqual(
      expect.arrayContaining([
        'payload.jobs',
        'queue.noop',
        'queue.noop.dead',
        'test.hold',
        'test.hold.dead',
      ]),
    )
    expect(byName.get('queue.noop')).toMatchObject({
      deadLetter: 'queue.noop.dead',
      isDeadLetter: false,
    })
    expect(byName.get('queue.noop')?.counts.completed).toBeGreaterThanOrEqual(1)
    expect(byName.get('queue.noop.dead')?.isDeadLetter).toBe(true)
    // Payload's own due jobs run from this schedule, not from Payload's cron.
    expect(byName.get('payload.jobs')?.schedule).toBe('* * * * *')
    expect(t.payload.config.jobs.autoRun).toBeUndefined()
  })
})

describe('GET /api/queue/jobs', () => {
  it('pages the latest jobs and refuses a filter it does not know, naming it', async () => {
    for (let i = 0; i < 3; i++)
      await sendQueueJob('queue.noop', { requestedAt: `page-${i}`, site: null })
    const { body, status } = await api.get<JobPage>('/queue/jobs?queue=queue.noop&limit=2&page=2', {
      token: tokens.superAdmin,
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ limit: 2, page: 2 })
    expect(body.totalDocs).toBeGreaterThanOrEqual(3)
    expect(body.docs.length).toBeGreaterThan(0)

    const badState = await api.get('/queue/jobs?state=stuck', { token: tokens.superAdmin })
    expect(badState.status).toBe(400)
    expect(errorText(badState.body)).toMatch(
      /state.*created, retry, active, completed, cancelled, failed/,
    )
    const badQueue = await api.get('/queue/jobs?queue=nope', { token: tokens.superAdmin })
    expect(badQueue.status).toBe(400)
    expect(errorText(badQueue.body)).toContain('There is no queue "nope"')
    expect((await api.get('/queue/jobs?limit=500', { token: tokens.superAdmin })).status).toBe(400)
  })
})

describe('cancel and retry', () => {
  it('shows a running job’s progress, and cancelling it aborts its handler', async () => {
    const id = (await sendTestJob('test.hold', { holdMs: 60_000, site: t.siteId }))!
    const running = await jobInState('test.hold', id, 'active')
    const withProgress = await waitFor('progress', async () =>
      (await jobVia('test.hold', id))?.progress ? jobVia('test.hold', id) : undefined,
    )
    expect(withProgress?.progress).toMatchObject({ message: 'halfway', percent: 50 })
    expect(running.startedAt).toBeTruthy()

    const cancelled = await act('cancel', 'test.hold', id, tokens.siteAdmin)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.job.state).toBe('cancelled')
    // The handler learns it through its signal at the next heartbeat (1 s here), long before 60 s.
    const reason = await waitFor('the handler to be aborted', async () => aborted.get(id), 10_000)
    expect(reason).toMatch(/no longer active|is cancelled/)
    expect((await jobVia('test.hold', id))?.state).toBe('cancelled')

    const again = await act('cancel', 'test.hold', id)
    expect(again.status).toBe(400)
    expect(errorText(again.body)).toContain('this job is cancelled')
  })

  it('puts a cancelled job back in the queue, where a worker takes it again', async () => {
    const id = (await sendTestJob('test.hold', { holdMs: 60_000, site: t.siteId }))!
    await jobInState('test.hold', id, 'active')
    expect((await act('cancel', 'test.hold', id)).status).toBe(200)

    const resumed = await act('retry', 'test.hold', id)
    expect(resumed.status).toBe(200)
    expect(resumed.body.job.state).not.toBe('cancelled')
    await jobInState('test.hold', id, 'active')
    expect((await act('cancel', 'test.hold', id)).status).toBe(200)
  })

  it('retries a failed job once more; its error and dead letter show meanwhile', async () => {
    const id = (await sendTestJob('test.hold', {
      failWith: 'the disk is full',
      holdMs: 0,
      site: t.siteId,
    }))!
    const failed = await jobInState('test.hold', id, 'failed')
    expect(failed.error).toBe('the disk is full')
    expect(failed).toMatchObject({ retryCount: 0, retryLimit: 0 })
    const { body } = await api.get<{ queues: QueueSummary[] }>('/queue/queues', {
      token: tokens.superAdmin,
    })
    expect(
      body.queues.find((queue) => queue.name === 'test.hold')?.deadLetterCount,
    ).toBeGreaterThanOrEqual(1)

    const retried = await act('retry', 'test.hold', id)
    expect(retried.status).toBe(200)
    expect(retried.body.job.retryLimit).toBe(1)
    // The worker runs it again (and it fails again, for the same reason).
    const again = await waitFor('the second attempt', async () => {
      const job = await jobVia('test.hold', id)
      return job?.state === 'failed' && job.retryCount === 1 ? job : undefined
    })
    expect(again.error).toBe('the disk is full')
  })

  it('refuses to retry a completed job or to act on a job that does not exist', async () => {
    const id = (await sendQueueJob('queue.noop', { requestedAt: 'done', site: null }))!
    await jobInState('queue.noop', id, 'completed')
    const retry = await act('retry', 'queue.noop', id)
    expect(retry.status).toBe(400)
    expect(errorText(retry.body)).toBe(
      'Only failed or cancelled jobs can be retried; this job is completed.',
    )
    const cancel = await act('cancel', 'queue.noop', id)
    expect(cancel.status).toBe(400)
    expect(errorText(cancel.body)).toContain('this job is completed')

    expect((await act('retry', 'queue.noop', '00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    )
    expect((await act('cancel', 'queue.noop', 'not-a-uuid')).status).toBe(404)
    expect((await act('cancel', 'no.such.queue', id)).status).toBe(404)
  })
})

describe('scheduled publishing', () => {
  it('is run by a worker from the payload.jobs queue', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: pageData('launch', { _status: 'draft' }),
      draft: true,
    })
    await t.payload.jobs.queue({
      input: { type: 'publish', doc: { relationTo: 'pages', value: page.id } },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 500),
    })
    expect((await api.get(`/pages/${page.id}`)).status).toBe(404)
    await sleep(600)

    // What the every-minute schedule sends, sent now; `stately` turns a duplicate into null.
    const published = await waitFor('the page to be published', async () => {
      await sendQueueJob('payload.jobs', { site: null })
      const response = await api.get<Page>(`/pages/${page.id}`)
      return response.status === 200 ? response.body : undefined
    })
    expect(published._status).toBe('published')
    // The run shows in the Jobs view like any other job.
    await waitFor('the payload.jobs run to complete', async () => {
      const { body } = await api.get<JobPage>('/queue/jobs?queue=payload.jobs&state=completed', {
        token: tokens.superAdmin,
      })
      return body.totalDocs > 0 ? body : undefined
    })
  })
})
