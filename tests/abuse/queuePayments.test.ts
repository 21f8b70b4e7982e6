/**
 * Issue 13, items 2, 11, 14 (dead letters in the Jobs view) and 15, written as the attacks:
 * Payload's jobs collection and endpoints, scheduled publishing of another site's page, the Jobs
 * view's queue operations across sites, and payment webhooks that must take access back.
 */
import { createHmac, randomUUID } from 'node:crypto'

import { REST_POST } from '@payloadcms/next/routes'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Catalogue, loadCatalogue, onSite } from '../../plugins/courses/catalogueFixture'
import type { Enrollment, Lesson, Page, User } from '../../payload-types'
import { defineJob } from '../../src/queue/defineJob'
import { findJob, type JobPage, type JobSummary } from '../../plugins/queue/operations/listJobs'
import type { QueueSummary } from '../../plugins/queue/operations/listQueues'
import { createSender, getSender, stopSender } from '../../src/queue/sender'
import { type Api, createApi, errorText } from '../helpers/api'
import { pageData } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

const SECRET = 'whsec_test_abuse_payments'

let t: TestPayload
let api: Api
let c: Catalogue
/** Site A: lightwave (seeded). Site B: ozean-licht (seeded, with the paid course). */
let siteA: number
let siteB: number
const tokens = { adminA: '', adminB: '', anonymous: '', editorA: '', memberA: '', superAdmin: '' }
const users: Record<string, User> = {}

beforeAll(async () => {
  t = await createTestPayload({ env: { COURSES_WEBHOOK_SECRET: SECRET }, seeded: true })
  api = createApi(t.config)
  c = await loadCatalogue(t.payload)
  siteA = t.siteId
  siteB = c.site
  const make = async (
    key: keyof typeof tokens,
    roles: Parameters<typeof createUser>[2],
    sites: Parameters<typeof createUser>[3] = {},
  ) => {
    const { token, user } = await createUser(t.payload, `${key}@abuse.local`, roles, sites)
    tokens[key] = token
    users[key] = user
  }
  await make('superAdmin', ['super-admin'])
  await make('adminA', [], { [siteA]: ['admin'] })
  await make('adminB', [], { [siteB]: ['admin'] })
  await make('editorA', [], { [siteA]: ['editor'] })
  await make('memberA', [], { [siteA]: ['member'] })
})

afterAll(async () => {
  await stopSender()
  await t?.cleanup()
})

const as = (token: string) => (token ? { token } : {})

/** A request of a signed-in user as the admin's server functions get it. */
async function requestOf(payload: Payload, token: string) {
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  return createLocalReq({ user: user ?? undefined }, payload)
}

type ScheduleArgs = { deleteID?: number | string; doc: { relationTo: 'pages'; value: number } }

/** The admin's `schedule-publish` server function (the Schedule drawer of the Publish button), as `token`'s user. */
async function schedulePublish(token: string, { deleteID, doc }: ScheduleArgs): Promise<unknown> {
  const req = await requestOf(t.payload, token)
  const args = { type: 'publish', date: new Date(Date.now() + 60_000), deleteID, doc, req }
  return schedulePublishHandler(args as unknown as Parameters<typeof schedulePublishHandler>[0])
}

/** The scheduled publishing jobs of a page (its id is stored as a number or a string, depending on the path). */
const scheduledJobsOf = async (page: Pick<Page, 'id'>) =>
  (
    await t.payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 0,
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
  ).docs.filter(
    (job) =>
      String((job.input as { doc?: { value?: unknown } } | null)?.doc?.value) === String(page.id),
  )

const statusOf = async (page: Pick<Page, 'id'>) =>
  (await t.payload.findByID({ id: page.id, collection: 'pages', depth: 0, draft: true }))._status

describe('item 2: Payload’s jobs collection and endpoints', () => {
  it('refuses the payload-jobs collection over REST to anonymous callers, members, editors and site admins', async () => {
    const before = await t.payload.count({ collection: 'payload-jobs' })
    for (const who of ['anonymous', 'memberA', 'editorA', 'adminA'] as const) {
      const list = await api.get('/payload-jobs', as(tokens[who]))
      expect(list.status, who).toBe(403)
      const create = await api.post(
        '/payload-jobs',
        {
          input: { type: 'unpublish', doc: { relationTo: 'pages', value: '1' } },
          taskSlug: 'schedulePublish',
        },
        as(tokens[who]),
      )
      expect(create.status, who).toBe(403)
    }
    expect(await t.payload.count({ collection: 'payload-jobs' })).toEqual(before)
  })

  it('refuses the payload-jobs collection over GraphQL (read and create)', async () => {
    const before = await t.payload.count({ collection: 'payload-jobs' })
    for (const who of ['anonymous', 'memberA', 'editorA', 'adminA'] as const) {
      const read = await api.graphql<{ PayloadJobs: null | { docs: unknown[] } }>(
        '{ PayloadJobs { docs { id } } }',
        {},
        as(tokens[who]),
      )
      expect(read.body.data?.PayloadJobs ?? null, who).toBeNull()
      expect(read.body.errors?.length, who).toBeGreaterThan(0)
      const create = await api.graphql(
        'mutation { createPayloadJob(data: { taskSlug: schedulePublish, input: "{}" }) { id } }',
        {},
        as(tokens[who]),
      )
      expect(create.body.errors?.length, who).toBeGreaterThan(0)
    }
    expect(await t.payload.count({ collection: 'payload-jobs' })).toEqual(before)
  })

  it('refuses to run due jobs or handle schedules for anyone but super-admins (/api/payload-jobs/run)', async () => {
    const draft = await t.payload.create({
      collection: 'pages',
      data: pageData(`due-${randomUUID()}`, { _status: 'draft', site: siteB }),
      draft: true,
    })
    const job = await t.payload.jobs.queue({
      input: { type: 'publish', doc: { relationTo: 'pages', value: draft.id } },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    })
    for (const who of ['anonymous', 'memberA', 'editorA', 'adminA', 'adminB'] as const) {
      for (const path of ['/payload-jobs/run', '/payload-jobs/handle-schedules']) {
        const response = await api.get(path, as(tokens[who]))
        expect([401, 403], `${who} ${path}`).toContain(response.status)
      }
    }
    expect(await statusOf(draft)).toBe('draft')
    expect(
      (await t.payload.findByID({ id: job.id, collection: 'payload-jobs', depth: 0 }))
        .completedAt ?? null,
    ).toBeNull()
    await t.payload.delete({ id: job.id, collection: 'payload-jobs' })
  })

  it('refuses an editor of site A who schedules the publish of site B’s draft: nothing queued, the draft stays a draft', async () => {
    const draftB = await t.payload.create({
      collection: 'pages',
      data: pageData(`b-${randomUUID()}`, { _status: 'draft', site: siteB }),
      draft: true,
    })
    const answer = await schedulePublish(tokens.editorA, {
      doc: { relationTo: 'pages', value: draftB.id },
    })
    expect(answer).toHaveProperty('error')
    expect(await scheduledJobsOf(draftB)).toEqual([])
    expect(await statusOf(draftB)).toBe('draft')
  })

  it('refuses an editor of site A who cancels site B’s scheduled publish (deleteID)', async () => {
    const draftB = await t.payload.create({
      collection: 'pages',
      data: pageData(`b-${randomUUID()}`, { _status: 'draft', site: siteB }),
      draft: true,
    })
    expect(
      await schedulePublish(tokens.adminB, { doc: { relationTo: 'pages', value: draftB.id } }),
    ).not.toHaveProperty('error')
    const [scheduled] = await scheduledJobsOf(draftB)
    expect(scheduled).toBeTruthy()

    const ownA = await t.payload.create({
      collection: 'pages',
      data: pageData(`a-${randomUUID()}`, { _status: 'draft', site: siteA }),
      draft: true,
    })
    await schedulePublish(tokens.editorA, {
      deleteID: scheduled.id,
      doc: { relationTo: 'pages', value: ownA.id },
    })
    expect((await scheduledJobsOf(draftB)).map((job) => job.id)).toEqual([scheduled.id])
  })

  it('still lets an editor schedule their own site’s page, as themselves', async () => {
    const draftA = await t.payload.create({
      collection: 'pages',
      data: pageData(`a-${randomUUID()}`, { _status: 'draft', site: siteA }),
      draft: true,
    })
    expect(
      await schedulePublish(tokens.editorA, { doc: { relationTo: 'pages', value: draftA.id } }),
    ).not.toHaveProperty('error')
    const [job] = await scheduledJobsOf(draftA)
    expect(job.input).toMatchObject({
      doc: { relationTo: 'pages' },
      user: { relationTo: 'users', value: users.editorA.id },
    })
  })
})

/** A queue of this file only: no worker serves it, so its jobs wait where the test puts them. */
const abuseJobs = { 'abuse.sited': defineJob<{ label: string }, void>({ retryLimit: 0 }) }
const sendAbuseJob = createSender(abuseJobs)

describe('item 11 and 14: queue operations stay inside the operator’s sites', () => {
  const ids = { a: '', b: '', bFailed: '', deadA: '', deadB: '', none: '' }

  beforeAll(async () => {
    const boss = await getSender()
    // Failed as a worker leaves it (its copy goes to the dead letters), and dead letters as pg-boss
    // copies them (data as it was).
    ids.bFailed = (await sendAbuseJob('abuse.sited', { label: 'b-failed', site: siteB }))!
    await boss.fetch('abuse.sited')
    await boss.fail('abuse.sited', ids.bFailed, new Error('b broke'))
    ids.a = (await sendAbuseJob('abuse.sited', { label: 'a', site: siteA }))!
    ids.b = (await sendAbuseJob('abuse.sited', { label: 'b', site: siteB }))!
    ids.none = (await sendAbuseJob('abuse.sited', { label: 'instance-wide', site: null }))!
    ids.deadA = (await boss.send('abuse.sited.dead', { label: 'dead-a', site: siteA }))!
    ids.deadB = (await boss.send('abuse.sited.dead', { label: 'dead-b', site: siteB }))!
  })

  const listed = async (token: string, query = 'queue=abuse.sited&limit=100') => {
    const response = await api.get<JobPage>(`/queue/jobs?${query}`, { token })
    expect(response.status, errorText(response.body)).toBe(200)
    return response.body.docs.map((job) => job.id)
  }
  const stateOf = async (queue: string, id: string) =>
    (await findJob((await getSender()).getDb(), queue, id, 'all'))?.state

  it('shows a site admin only their own site’s jobs (list, filter and queue counts)', async () => {
    const seen = await listed(tokens.adminA)
    expect(seen).toContain(ids.a)
    expect(seen).not.toContain(ids.b)
    expect(seen).not.toContain(ids.bFailed)
    expect(seen).not.toContain(ids.none)
    const everything = await listed(tokens.adminA, 'limit=100')
    expect(everything).not.toContain(ids.b)
    expect(everything).not.toContain(ids.deadB)

    const { body } = await api.get<{ queues: QueueSummary[] }>('/queue/queues', {
      token: tokens.adminA,
    })
    const queue = body.queues.find((candidate) => candidate.name === 'abuse.sited')
    // Only the job of site A waits, from A's point of view; B's failed job is not counted.
    expect(queue?.counts).toMatchObject({ created: 1, failed: 0 })
    expect(queue?.deadLetterCount).toBe(1)
  })

  it('shows super-admins every job, instance-wide ones included', async () => {
    const seen = await listed(tokens.superAdmin)
    expect(seen).toEqual(expect.arrayContaining([ids.a, ids.b, ids.bFailed, ids.none]))
  })

  it('answers 404 to a site admin who cancels or retries another site’s job by id, and leaves it as it was', async () => {
    for (const [action, id, state] of [
      ['cancel', ids.b, 'created'],
      ['retry', ids.bFailed, 'failed'],
      ['cancel', ids.none, 'created'],
    ] as const) {
      const response = await api.post(
        `/queue/jobs/abuse.sited/${id}/${action}`,
        {},
        { token: tokens.adminA },
      )
      expect(response.status, `${action} ${id}`).toBe(404)
      expect(await stateOf('abuse.sited', id)).toBe(state)
    }
    const requeue = await api.post(
      `/queue/jobs/abuse.sited.dead/${ids.deadB}/requeue`,
      {},
      { token: tokens.adminA },
    )
    expect(requeue.status).toBe(404)
    expect(await stateOf('abuse.sited.dead', ids.deadB)).toBe('created')
  })

  it('lets the site admin operate their own jobs, and send a dead letter back to its queue', async () => {
    const cancelled = await api.post<{ job: JobSummary }>(
      `/queue/jobs/abuse.sited/${ids.a}/cancel`,
      {},
      { token: tokens.adminA },
    )
    expect(cancelled.status, errorText(cancelled.body)).toBe(200)
    expect(cancelled.body.job.state).toBe('cancelled')

    const deadLetters = await api.get<JobPage>('/queue/jobs?queue=abuse.sited.dead', {
      token: tokens.adminA,
    })
    expect(deadLetters.body.docs.map((job) => [job.id, job.deadLetterOf])).toEqual([
      [ids.deadA, 'abuse.sited'],
    ])
    const requeued = await api.post<{ job: JobSummary }>(
      `/queue/jobs/abuse.sited.dead/${ids.deadA}/requeue`,
      {},
      { token: tokens.adminA },
    )
    expect(requeued.status, errorText(requeued.body)).toBe(200)
    expect(requeued.body.job).toMatchObject({ queue: 'abuse.sited', state: 'created' })
    expect(JSON.parse(requeued.body.job.data)).toEqual({ label: 'dead-a', site: siteA })
    expect(await stateOf('abuse.sited.dead', ids.deadA)).toBe('completed')
    // Once is enough: the dead letter is settled.
    expect(
      (
        await api.post(
          `/queue/jobs/abuse.sited.dead/${ids.deadA}/requeue`,
          {},
          { token: tokens.adminA },
        )
      ).status,
    ).toBe(400)
  })
})

describe('item 15: payments grant only what was paid, and take it back', () => {
  let post: ReturnType<typeof REST_POST>
  beforeAll(() => {
    post = REST_POST(t.config)
  })

  const sign = (body: string, at = Math.floor(Date.now() / 1000)) =>
    `t=${at},v1=${createHmac('sha256', SECRET).update(`${at}.${body}`).digest('hex')}`

  async function deliver(body: string) {
    const request = new Request('http://localhost/api/courses/payment-webhook', {
      body,
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': sign(body) },
      method: 'POST',
    })
    const response = await post(request, {
      params: Promise.resolve({ slug: ['courses', 'payment-webhook'] }),
    })
    return { body: (await response.json()) as Record<string, unknown>, status: response.status }
  }

  const stripeEvent = (type: string, object: Record<string, unknown>) =>
    JSON.stringify({ id: `evt_${randomUUID()}`, type, data: { object }, object: 'event' })

  const session = (user: Pick<User, 'id'>, overrides: Record<string, unknown> = {}) => ({
    id: `cs_test_${randomUUID().replaceAll('-', '')}`,
    amount_total: 4900,
    currency: 'eur',
    metadata: { courseId: String(c.paid.id), userId: String(user.id) },
    object: 'checkout.session',
    payment_intent: `pi_${randomUUID().replaceAll('-', '')}`,
    payment_status: 'paid',
    status: 'complete',
    ...overrides,
  })

  let buyers = 0
  const buyer = () =>
    createUser(t.payload, `payer-${++buyers}@abuse.local`, [], { [siteB]: ['member'] })
  const enrollmentsOf = async (user: Pick<User, 'id'>): Promise<Enrollment[]> =>
    (
      await t.payload.find({
        collection: 'enrollments',
        depth: 0,
        where: { and: [{ user: { equals: user.id } }, { course: { equals: c.paid.id } }] },
      })
    ).docs
  const lessonStatus = async (lesson: Lesson, token: string) =>
    (await api.get(`/lessons/${lesson.id}`, { headers: onSite, token })).status

  it('grants nothing for a completed checkout that is not paid yet, then grants when the async payment succeeds', async () => {
    const { token, user } = await buyer()
    const pending = session(user, { payment_status: 'unpaid' })
    const completed = await deliver(stripeEvent('checkout.session.completed', pending))
    expect(completed.status, errorText(completed.body)).toBe(200)
    expect(completed.body).toMatchObject({ received: true })
    expect(completed.body.enrolled).toBeUndefined()
    expect(await enrollmentsOf(user)).toEqual([])
    expect(await lessonStatus(c.lesson('Drawing from memory'), token)).toBe(403)

    const succeeded = await deliver(
      stripeEvent('checkout.session.async_payment_succeeded', {
        ...pending,
        payment_status: 'paid',
      }),
    )
    expect(succeeded.body).toEqual({ enrolled: true, received: true })
    expect(await enrollmentsOf(user)).toMatchObject([
      {
        payment: { paymentIntent: pending.payment_intent, reference: pending.id },
        status: 'active',
      },
    ])
    expect(await lessonStatus(c.lesson('Drawing from memory'), token)).toBe(200)
  })

  it('grants nothing when the async payment fails', async () => {
    const { user } = await buyer()
    const pending = session(user, { payment_status: 'unpaid' })
    await deliver(stripeEvent('checkout.session.completed', pending))
    const failed = await deliver(stripeEvent('checkout.session.async_payment_failed', pending))
    expect(failed.status).toBe(200)
    expect(await enrollmentsOf(user)).toEqual([])
  })

  it('revokes the enrollment on a full refund, locks the lesson again, records why, and is not undone by replays', async () => {
    const { token, user } = await buyer()
    const paid = session(user)
    const completion = stripeEvent('checkout.session.completed', paid)
    expect((await deliver(completion)).body).toEqual({ enrolled: true, received: true })
    expect(await lessonStatus(c.lesson('Drawing from memory'), token)).toBe(200)

    // A partial refund leaves access as it is.
    const partial = await deliver(
      stripeEvent('charge.refunded', {
        id: 'ch_partial',
        amount: 4900,
        amount_refunded: 900,
        object: 'charge',
        payment_intent: paid.payment_intent,
        refunded: false,
      }),
    )
    expect(partial.status).toBe(200)
    expect((await enrollmentsOf(user))[0].status).toBe('active')

    const refund = stripeEvent('charge.refunded', {
      id: 'ch_full',
      amount: 4900,
      amount_refunded: 4900,
      object: 'charge',
      payment_intent: paid.payment_intent,
      refunded: true,
    })
    const revoked = await deliver(refund)
    expect(revoked.status, errorText(revoked.body)).toBe(200)
    expect(revoked.body).toEqual({ received: true, revoked: true })
    const [after] = await enrollmentsOf(user)
    expect(after).toMatchObject({
      revocation: { event: JSON.parse(refund).id, reason: 'refund' },
      status: 'revoked',
    })
    expect(Date.now() - new Date(after.revocation!.at!).getTime()).toBeLessThan(60_000)
    expect(await lessonStatus(c.lesson('Drawing from memory'), token)).toBe(403)

    // Stripe delivers the refund again, and the old completion is replayed: nothing changes.
    expect((await deliver(refund)).body).toEqual({ duplicate: true, received: true })
    expect((await deliver(completion)).body).toEqual({ duplicate: true, received: true })
    expect(await enrollmentsOf(user)).toEqual([after])
    expect(await lessonStatus(c.lesson('Drawing from memory'), token)).toBe(403)
  })

  it('revokes the enrollment when the payment is disputed', async () => {
    const { token, user } = await buyer()
    const paid = session(user)
    expect((await deliver(stripeEvent('checkout.session.completed', paid))).body).toEqual({
      enrolled: true,
      received: true,
    })
    const dispute = stripeEvent('charge.dispute.created', {
      id: 'dp_1',
      amount: 4900,
      charge: 'ch_disputed',
      object: 'dispute',
      payment_intent: paid.payment_intent,
      reason: 'fraudulent',
      status: 'needs_response',
    })
    expect((await deliver(dispute)).body).toEqual({ received: true, revoked: true })
    expect(await enrollmentsOf(user)).toMatchObject([
      { revocation: { reason: 'dispute' }, status: 'revoked' },
    ])
    expect(await lessonStatus(c.lesson('Drawing from memory'), token)).toBe(403)
  })

  it('acknowledges a refund of a payment it never granted anything for, changing nothing', async () => {
    const before = await t.payload.count({ collection: 'enrollments' })
    const answer = await deliver(
      stripeEvent('charge.refunded', {
        id: 'ch_other',
        amount: 100,
        amount_refunded: 100,
        object: 'charge',
        payment_intent: 'pi_unknown',
        refunded: true,
      }),
    )
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ received: true, revoked: false })
    expect(await t.payload.count({ collection: 'enrollments' })).toEqual(before)
  })
})
