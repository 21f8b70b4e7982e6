/**
 * `POST /api/courses/payment-webhook` on the seeded Ozean Licht catalogue, signed here exactly as
 * Stripe signs its deliveries (no provider is ever called): a paid checkout enrolls the buyer once,
 * a new one renews expired access or is flagged for a refund, and every refusal — bad signature, wrong course, user, amount or currency — leaves the
 * enrollments as they were.
 */
import { createHmac, randomUUID } from 'node:crypto'

import { REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Course, Lesson, User } from '@/payload-types'
import { type Api, createApi, errorText } from '@/tests/helpers/api'
import { createTestPayload, type TestPayload } from '@/tests/helpers/testPayload'
import { createUser } from '@/tests/helpers/users'
import { type Catalogue, type ErrorBody, loadCatalogue, onSite } from '../catalogueFixture'
import { SIGNATURE_TOLERANCE_SECONDS } from './verifyStripeSignature'

const SECRET = 'whsec_test_payment_webhook'

type WebhookBody = ErrorBody & {
  alreadyEnrolled?: boolean
  duplicate?: boolean
  enrolled?: boolean
  ignored?: boolean
  received?: boolean
  refundDue?: boolean
  renewed?: boolean
}
type Delivery = { body: WebhookBody; status: number }
type Session = {
  amount_total?: number
  client_reference_id?: null | string
  currency?: string
  id?: string
  metadata?: { courseId?: string; userId?: string } | null
  payment_status?: string
}

let t: TestPayload
let api: Api
let c: Catalogue
let post: ReturnType<typeof REST_POST>

beforeAll(async () => {
  // The env getter reads COURSES_WEBHOOK_SECRET on every call, so the 503 case can unset it later.
  t = await createTestPayload({ env: { COURSES_WEBHOOK_SECRET: SECRET }, seeded: true })
  api = createApi(t.config)
  c = await loadCatalogue(t.payload)
  post = REST_POST(t.config)
})

afterAll(async () => t?.cleanup())

/** Stripe's scheme: HMAC-SHA256 over `<t>.<raw body>`, so the signature covers the exact bytes sent. */
const sign = (body: string, { at = Math.floor(Date.now() / 1000), secret = SECRET } = {}) =>
  `t=${at},v1=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`

/**
 * The api helper only posts JSON it serializes itself; the webhook needs the raw string it was
 * signed over, so this goes through the same route handler with a hand-built Request.
 */
async function deliver(body: string, signature: null | string = sign(body)): Promise<Delivery> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (signature !== null) headers['Stripe-Signature'] = signature
  const request = new Request('http://localhost/api/courses/payment-webhook', {
    body,
    headers,
    method: 'POST',
  })
  const response = await post(request, {
    params: Promise.resolve({ slug: ['courses', 'payment-webhook'] }),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return { body: parsed as WebhookBody, status: response.status }
}

/** A Stripe event around a Checkout Session paying for the paid course in full, unless overridden. */
function event(
  user: Pick<User, 'id'>,
  session: Session = {},
  type = 'checkout.session.completed',
): { body: string; sessionId: string } {
  const sessionId = session.id ?? `cs_test_${randomUUID().replaceAll('-', '')}`
  const object = {
    amount_total: 4900,
    currency: 'eur',
    metadata: { courseId: String(c.paid.id), userId: String(user.id) },
    object: 'checkout.session',
    // Stripe sends it on every session; an unpaid one enrolls nobody (tests/abuse/queuePayments.test.ts).
    payment_status: 'paid',
    ...session,
    id: sessionId,
  }
  return {
    body: JSON.stringify({ id: `evt_${randomUUID()}`, type, data: { object }, object: 'event' }),
    sessionId,
  }
}

const enrollmentsOf = async (userId: number, course: Pick<Course, 'id'>) =>
  (
    await t.payload.find({
      collection: 'enrollments',
      depth: 0,
      where: { and: [{ user: { equals: userId } }, { course: { equals: course.id } }] },
    })
  ).docs

const countWhere = async (field: 'course' | 'user', id: number) =>
  (await t.payload.count({ collection: 'enrollments', where: { [field]: { equals: id } } }))
    .totalDocs

let buyers = 0
/** A fresh member of ozean-licht, not enrolled in anything. */
const buyer = async () =>
  createUser(t.payload, `buyer-${++buyers}@test.local`, [], { [c.site]: ['member'] })

const readLesson = (lesson: Lesson, token: string) =>
  api.get<Lesson>(`/lessons/${lesson.id}`, { headers: onSite, token })

/** Delivers `body` and expects a 400 naming the problem, with the buyer's enrollments in the paid course untouched. */
async function expectRefused(
  user: Pick<User, 'id'>,
  body: string,
  message: RegExp | string,
  signature?: null | string,
) {
  const before = await enrollmentsOf(user.id, c.paid)
  const response = await deliver(body, signature)
  expect(response.status, errorText(response.body)).toBe(400)
  if (typeof message === 'string') expect(errorText(response.body)).toBe(message)
  else expect(errorText(response.body)).toMatch(message)
  expect(await enrollmentsOf(user.id, c.paid)).toEqual(before)
}

describe('a completed checkout', () => {
  it('enrolls the buyer (source payment, with the session as reference) and opens the locked lessons', async () => {
    const { token, user } = await buyer()
    const locked = c.lesson('Drawing from memory')
    expect((await readLesson(locked, token)).status).toBe(403)

    const { body, sessionId } = event(user)
    const response = await deliver(body)
    expect(response.status, errorText(response.body)).toBe(200)
    expect(response.body).toEqual({ enrolled: true, received: true })

    const rows = await enrollmentsOf(user.id, c.paid)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      payment: { amount: 4900, currency: 'EUR', provider: 'stripe', reference: sessionId },
      site: c.site,
      source: 'payment',
      status: 'active',
    })
    expect(Date.now() - new Date(rows[0].enrolledAt).getTime()).toBeLessThan(60_000)

    const lesson = await readLesson(locked, token)
    expect(lesson.status, errorText(lesson.body)).toBe(200)
    expect(lesson.body.content).toBeTruthy()
  })

  it('takes the user from client_reference_id when metadata has no userId', async () => {
    const { user } = await buyer()
    const { body } = event(user, {
      client_reference_id: String(user.id),
      metadata: { courseId: String(c.paid.id) },
    })
    const response = await deliver(body)
    expect(response.status, errorText(response.body)).toBe(200)
    expect(response.body.enrolled).toBe(true)
    expect(await enrollmentsOf(user.id, c.paid)).toMatchObject([
      { source: 'payment', status: 'active' },
    ])
  })

  it('enrolls once when Stripe delivers the same event twice, answering the repeat as a duplicate', async () => {
    const { user } = await buyer()
    const { body } = event(user)
    expect((await deliver(body)).body).toEqual({ enrolled: true, received: true })
    const [first] = await enrollmentsOf(user.id, c.paid)

    // Stripe re-signs a retried delivery with a new timestamp; the body is the same.
    const again = await deliver(body, sign(body, { at: Math.floor(Date.now() / 1000) - 60 }))
    expect(again.status, errorText(again.body)).toBe(200)
    expect(again.body).toEqual({ duplicate: true, received: true })
    expect(await enrollmentsOf(user.id, c.paid)).toEqual([first])
  })

  it('enrolls once when the same event arrives twice at the same time (200 duplicate, not a 500)', async () => {
    // Several buyers, so a race the scheduler happens to serialize once still gets exercised.
    for (let round = 0; round < 3; round++) {
      const { user } = await buyer()
      const { body } = event(user)
      const answers = await Promise.all([deliver(body), deliver(body)])
      const summary = answers
        .map((answer) => `${answer.status} ${JSON.stringify(answer.body)}`)
        .join('\n')
      expect(
        answers.map((answer) => answer.status),
        summary,
      ).toEqual([200, 200])
      expect(
        answers
          .map((answer) => answer.body)
          .sort((a, b) => Number(Boolean(a.duplicate)) - Number(Boolean(b.duplicate))),
        summary,
      ).toEqual([
        { enrolled: true, received: true },
        { duplicate: true, received: true },
      ])
      expect(await enrollmentsOf(user.id, c.paid)).toHaveLength(1)
    }
  })
})

describe('a new payment from a buyer who has an enrollment', () => {
  it('renews an expired one: access is back, with the new payment on record, and still one enrollment', async () => {
    const { token, user } = await buyer()
    expect((await deliver(event(user).body)).body).toEqual({ enrolled: true, received: true })
    const [first] = await enrollmentsOf(user.id, c.paid)
    await t.payload.update({
      id: first.id,
      collection: 'enrollments',
      data: { expiresAt: new Date(Date.now() - 1000).toISOString(), status: 'expired' },
    })
    const locked = c.lesson('Drawing from memory')
    expect((await readLesson(locked, token)).status).toBe(403)

    const { body, sessionId } = event(user)
    const response = await deliver(body)
    expect(response.status, errorText(response.body)).toBe(200)
    expect(response.body).toEqual({ received: true, renewed: true })
    const rows = await enrollmentsOf(user.id, c.paid)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      id: first.id,
      expiresAt: null,
      payment: { amount: 4900, reference: sessionId },
      status: 'active',
    })
    expect((await readLesson(locked, token)).status).toBe(200)
  })

  it('answers a second payment for access the buyer still has as a refund due, changing nothing', async () => {
    const { user } = await buyer()
    expect((await deliver(event(user).body)).body).toEqual({ enrolled: true, received: true })
    const before = await enrollmentsOf(user.id, c.paid)

    const response = await deliver(event(user).body)
    expect(response.status, errorText(response.body)).toBe(200)
    expect(response.body).toEqual({ alreadyEnrolled: true, received: true, refundDue: true })
    expect(await enrollmentsOf(user.id, c.paid)).toEqual(before)
  })
})

describe('a delivery that is not Stripe’s', () => {
  it('is refused with a wrong secret, without the header, with a tampered body or an old timestamp (400)', async () => {
    const { user } = await buyer()
    const { body } = event(user)
    await expectRefused(
      user,
      body,
      'The signature does not match the body.',
      sign(body, { secret: 'whsec_someone_else' }),
    )
    await expectRefused(user, body, 'The Stripe-Signature header is missing.', null)
    await expectRefused(user, body, 'The Stripe-Signature header is malformed.', 'v1=abc')
    // Signed for 49.00, delivered claiming 490.00: the signature no longer covers the body.
    await expectRefused(
      user,
      body.replace('"amount_total":4900', '"amount_total":49000'),
      'The signature does not match the body.',
      sign(body),
    )
    const stale = Math.floor(Date.now() / 1000) - SIGNATURE_TOLERANCE_SECONDS - 5
    await expectRefused(
      user,
      body,
      'The signature is too old (or from the future): the delivery is refused.',
      sign(body, { at: stale }),
    )

    // The session was never consumed: the genuine delivery still enrolls.
    expect((await deliver(body)).body).toEqual({ enrolled: true, received: true })
  })

  it('answers 503 while COURSES_WEBHOOK_SECRET is not configured, and enrolls nobody', async () => {
    const { user } = await buyer()
    const { body } = event(user)
    delete process.env.COURSES_WEBHOOK_SECRET
    try {
      const response = await deliver(body)
      expect(response.status).toBe(503)
      expect(errorText(response.body)).toBe('Payments are not configured (COURSES_WEBHOOK_SECRET).')
    } finally {
      process.env.COURSES_WEBHOOK_SECRET = SECRET
    }
    expect(await enrollmentsOf(user.id, c.paid)).toHaveLength(0)
  })
})

describe('a checkout that does not pay for a course', () => {
  it('is refused for an unknown or draft course (400)', async () => {
    const { user } = await buyer()
    const before = await countWhere('user', user.id)
    const unknown = await deliver(
      event(user, { metadata: { courseId: '987654', userId: String(user.id) } }).body,
    )
    expect(unknown.status).toBe(400)
    expect(errorText(unknown.body)).toBe(
      'Unknown or unpublished course "987654" in metadata.courseId.',
    )

    const draft = await t.payload.create({
      collection: 'courses',
      data: {
        slug: 'paid-draft',
        currency: 'EUR',
        price: 49,
        site: c.site,
        status: 'draft',
        title: 'Paid draft',
      },
    })
    const forDraft = await deliver(
      event(user, { metadata: { courseId: String(draft.id), userId: String(user.id) } }).body,
    )
    expect(forDraft.status).toBe(400)
    expect(errorText(forDraft.body)).toBe(
      `Unknown or unpublished course "${draft.id}" in metadata.courseId.`,
    )
    expect(await countWhere('user', user.id)).toBe(before)
    expect(await countWhere('course', draft.id)).toBe(0)
  })

  it('is refused for an unknown user (400)', async () => {
    const before = await countWhere('course', c.paid.id)
    const response = await deliver(event({ id: 987_654 }).body)
    expect(response.status).toBe(400)
    expect(errorText(response.body)).toBe('Unknown user "987654" in metadata.userId.')
    expect(await countWhere('course', c.paid.id)).toBe(before)
  })

  it('is refused when the amount is below the price or in another currency (400)', async () => {
    const { user } = await buyer()
    await expectRefused(
      user,
      event(user, { amount_total: 4899 }).body,
      'Paid 4899 EUR (minor units) for a course of 4900 EUR.',
    )
    await expectRefused(
      user,
      event(user, { currency: 'usd' }).body,
      'Paid 4900 USD (minor units) for a course of 4900 EUR.',
    )
    expect(await enrollmentsOf(user.id, c.paid)).toHaveLength(0)
  })
})

describe('another event type', () => {
  it('is acknowledged and ignored (200), enrolling nobody', async () => {
    const { user } = await buyer()
    for (const type of ['payment_intent.created', 'checkout.session.expired']) {
      const response = await deliver(event(user, {}, type).body)
      expect(response.status, type).toBe(200)
      expect(response.body, type).toEqual({ ignored: true, received: true })
    }
    expect(await enrollmentsOf(user.id, c.paid)).toHaveLength(0)
  })
})
