/**
 * Issue 13, items 5 (secrets), 12 (demo credentials in production) and 13 (unbounded bodies and
 * brute force), each written as the attack. Requests go through the real route module of
 * `src/app/(payload)/api/[...slug]` (the body guard sits there), with `X-Forwarded-For` standing
 * for the connection's address that `npm start` puts there (scripts/forwardedHeaders.cjs).
 */
import { execFileSync, spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Form, User, Video } from '../../payload-types'
import { createVideo } from '../../plugins/video/videoFixtures'
import { DEMO_PASSWORD } from '../../src/seed/users'
import { signToken, verifyToken } from '../../src/storage/signedToken'
import { richText } from '../../src/seed/lexical'
import { tsCommand } from '../../src/start/tsCommand'
import { errorPaths, errorText } from '../helpers/api'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { filesIn, testPng, uploadForm } from '../helpers/upload'
import { createUser, TEST_PASSWORD } from '../helpers/users'
import { createVideoSite } from '../helpers/videos'
import { TEST_SECRET } from '../setup/secret'

type Handler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>
type Route = Record<'DELETE' | 'GET' | 'PATCH' | 'POST', Handler>

let t: TestPayload
let route: Route
let admin: { token: string; user: User }
let creator: { token: string; user: User }
let member: { token: string; user: User }
let video: Video
let form: Form
let site: number

const kidsHost = 'kids.localhost'
let nextAddress = 10
/** A fresh client address per scenario, so one test's count never decides another's. */
const newAddress = () => `203.0.113.${nextAddress++}`

type Call = {
  address?: string
  body?: BodyInit | null
  headers?: Record<string, string>
  token?: string
}

/** A request to `/api<path>` through the app's own route handlers, from `address`. */
async function call(
  method: keyof Route,
  apiPath: string,
  { address, body, headers = {}, token }: Call = {},
) {
  const url = new URL(`/api${apiPath}`, 'http://localhost')
  const request = new Request(url, {
    body,
    // A streamed body (ReadableStream) needs half duplex in Node's fetch.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    headers: {
      host: kidsHost,
      ...(address ? { 'x-forwarded-for': address } : {}),
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    method,
  } as RequestInit)
  const slug = url.pathname.split('/').filter(Boolean).slice(1)
  const response = await route[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return {
    body: parsed as Record<string, unknown>,
    headers: response.headers,
    status: response.status,
  }
}

/** A JSON body with its Content-Length declared, as browsers and HTTP clients send it. */
const json = (data: unknown, options: Call = {}) => {
  const body = JSON.stringify(data)
  return {
    ...options,
    body,
    headers: {
      'content-length': String(Buffer.byteLength(body)),
      'content-type': 'application/json',
      ...options.headers,
    },
  }
}

const pool = () => (t.payload.db as unknown as PostgresAdapter).pool

const count = async (collection: 'form-submissions' | 'video-comments' | 'video-views') =>
  (await t.payload.count({ collection, overrideAccess: true })).totalDocs

/** A body stream that records how far it was read, and fails if read past its first chunk. */
function guardedStream(firstChunk: string) {
  const state = { pulls: 0 }
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++
        if (state.pulls === 1) controller.enqueue(new TextEncoder().encode(firstChunk))
        else controller.error(new Error('the body was read past its first chunk'))
      },
    },
    // Pulled only when someone reads: `pulls` counts reads.
    { highWaterMark: 0 },
  )
  return { state, stream }
}

/** A chunked body (no Content-Length) of `bytes` bytes, sent in 64 KiB pieces. */
function chunkedBody(prefix: string, bytes: number) {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      const piece = sent === 0 ? prefix : 'x'.repeat(Math.min(65_536, bytes - sent))
      sent += piece.length
      controller.enqueue(new TextEncoder().encode(piece))
    },
  })
}

beforeAll(async () => {
  t = await createTestPayload({ env: { COURSES_WEBHOOK_SECRET: 'whsec_abuse_test' } })
  // The app's own REST route (with its guards), imported after the config was loaded for this database.
  route = (await import('../../src/app/(payload)/api/[...slug]/route')) as unknown as Route
  admin = await createUser(t.payload, 'owner@test.local', ['super-admin'])
  site = (await createVideoSite(t.payload, 'kids')).id
  creator = await createUser(t.payload, 'parent@test.local', [], { [site]: ['creator'] })
  member = await createUser(t.payload, 'member@test.local', [], { [site]: ['member'] })
  video = await createVideo(t.payload, {
    password: 'open-sesame-2',
    site,
    title: 'Locked',
    uploader: creator.user,
    visibility: 'public',
  })
  form = await t.payload.create({
    collection: 'forms',
    data: {
      confirmationMessage: richText('Thanks!'),
      confirmationType: 'message',
      fields: [{ name: 'name', blockType: 'text', label: 'Name', required: true }],
      site,
      title: 'Contact',
    },
  })
})

afterAll(async () => t?.cleanup())

describe('item 5: secrets', () => {
  const pagesConfig = () => t.payload.collections.pages.config as unknown as CollectionConfig
  const previewUrl = async (user: User) => {
    const page = await t.payload.create({
      collection: 'pages',
      data: { slug: `preview-${Date.now()}`, site, title: 'Draft' },
      draft: true,
    })
    const preview = pagesConfig().admin?.preview
    if (typeof preview !== 'function') throw new Error('pages have no preview')
    const url = await preview(page as unknown as Record<string, unknown>, {
      locale: 'en',
      req: { payload: t.payload, user } as unknown as PayloadRequest,
      token: null,
    })
    return { page, url: new URL(url!, 'http://localhost') }
  }

  it('a preview link a panel user sees carries no secret, and nothing in it signs a stream token', async () => {
    const { url } = await previewUrl(creator.user)
    const values = [...url.searchParams.values()]
    expect(values.join(' ')).not.toContain(TEST_SECRET)
    // Whatever the link carries, used as a stream token for any video, opens nothing.
    for (const value of values) expect(verifyToken(`video:${video.id}`, value)).toBe(false)
    // And it only opens the preview it was made for, for the user it was made for.
    const { verifiedPreviewTarget } = await import('../../src/site/previewPath')
    expect(verifiedPreviewTarget(url.searchParams, creator.user)).toMatchObject({
      collection: 'pages',
      userId: creator.user.id,
    })
    expect(verifiedPreviewTarget(url.searchParams, member.user)).toBeNull()
    const otherDoc = new URLSearchParams(url.searchParams)
    otherDoc.set('id', String(Number(url.searchParams.get('id')) + 1))
    expect(verifiedPreviewTarget(otherDoc, creator.user)).toBeNull()
  })

  it('a stream token signed with the preview key, or with PAYLOAD_SECRET itself, is refused', async () => {
    const scope = `video:${video.id}`
    expect(verifyToken(scope, signToken(scope))).toBe(true)
    expect(verifyToken(scope, signToken(scope, 600, 'preview-link'))).toBe(false)
    const expiry = String(Math.floor(Date.now() / 1000) + 600)
    const withRawSecret = `${expiry}.${createHmac('sha256', TEST_SECRET).update(`${scope}\n${expiry}`).digest('base64url')}`
    expect(verifyToken(scope, withRawSecret)).toBe(false)
    const stream = await call('GET', `/videos/${video.id}/stream/${withRawSecret}/master.m3u8`, {
      address: newAddress(),
    })
    expect(stream.status).toBeGreaterThanOrEqual(400)
  })

  it('a signed token lives at most 24 hours, whatever it is asked for', async () => {
    const now = Math.floor(Date.now() / 1000)
    const token = signToken(`video:${video.id}`, 30 * 86_400)
    expect(Number(token.split('.')[0])).toBeLessThanOrEqual(now + 86_400 + 1)
    // A token that claims a longer life was not made here, even with the right key: refused.
    const { purposeKey } = await import('../../src/secrets')
    const expiry = String(now + 2 * 86_400)
    const longLived = `${expiry}.${createHmac('sha256', purposeKey('stream-token')).update(`video:${video.id}\n${expiry}`).digest('base64url')}`
    expect(verifyToken(`video:${video.id}`, longLived)).toBe(false)
  })
})

describe('item 12: demo credentials in production', () => {
  it('the configuration check refuses production without PAYLOAD_SECRET, and production seeds no demo unless asked', async () => {
    const { checkStartConfig, shouldSeedDemo } = await import('../../src/start/checkStartConfig')
    expect(checkStartConfig('start', { NODE_ENV: 'production' }).join('\n')).toMatch(
      /PAYLOAD_SECRET must be set/,
    )
    expect(checkStartConfig('start', { PAYLOAD_SECRET: 'x'.repeat(32) })).toEqual([])
    expect(
      checkStartConfig('start', { PAYLOAD_SECRET: 'x', RATE_LIMIT_LOGIN_ACCOUNT: 'lots' }).join(
        '\n',
      ),
    ).toMatch(/RATE_LIMIT_LOGIN_ACCOUNT/)
    expect(shouldSeedDemo('start', true, {})).toBe(false)
    expect(shouldSeedDemo('start', true, { SEED_DEMO: 'true' })).toBe(true)
    expect(shouldSeedDemo('dev', true, {})).toBe(true)
    expect(shouldSeedDemo('dev', false, {})).toBe(false)
  })

  it('finds a super-admin who still has the demo password', async () => {
    const { demoSuperAdmins } = await import('../../src/start/demoSuperAdmins')
    expect(await demoSuperAdmins(t.payload)).toEqual([])
    await t.payload.create({
      collection: 'users',
      data: {
        name: 'Demo',
        email: 'admin@prism.local',
        password: DEMO_PASSWORD,
        roles: ['super-admin'],
      },
    })
    await t.payload.create({
      collection: 'users',
      data: {
        name: 'Demo editor',
        email: 'editor@prism.local',
        password: DEMO_PASSWORD,
        roles: ['editor'],
      },
    })
    expect(await demoSuperAdmins(t.payload)).toEqual(['admin@prism.local'])
  })

  it('`npm start` without PAYLOAD_SECRET exits at once with the reason, and starts no Postgres', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prism-start-'))
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' }
    for (const name of ['PAYLOAD_SECRET', 'DATABASE_URI', 'SEED_DEMO']) delete env[name]
    const started = Date.now()
    const child = spawn(...tsCommand('scripts/start.ts'), {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    const code = await new Promise<null | number>((resolve) => child.on('exit', resolve))
    clearTimeout(killer)
    try {
      expect(output).toMatch(/PAYLOAD_SECRET must be set/)
      expect(code).not.toBe(0)
      expect(Date.now() - started).toBeLessThan(30_000)
      // Nothing was started: no cluster in the data directory, no running database's address.
      expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false)
      expect(fs.existsSync(path.join(dataDir, 'database-uri'))).toBe(false)
      expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain(dataDir)
    } finally {
      fs.rmSync(dataDir, { force: true, recursive: true })
    }
  })
})

describe('item 13: logins are throttled per address and account, and never lock the owner out', () => {
  const tryLogin = (password: string, address: string) =>
    call('POST', '/users/login', json({ email: 'owner@test.local', password }, { address }))

  it('the 6th wrong password from one address gets 429 with Retry-After; the owner still signs in from theirs', async () => {
    const attacker = newAddress()
    const wrong = []
    for (let i = 0; i < 5; i++) wrong.push((await tryLogin(`guess-${i}-wrong`, attacker)).status)
    expect(wrong).toEqual([401, 401, 401, 401, 401])
    const sixth = await tryLogin('guess-6-wrong', attacker)
    expect(sixth.status, errorText(sixth.body)).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(errorText(sixth.body)).toMatch(/Too many attempts/)
    // Even the right password from the attacker's address waits now.
    expect((await tryLogin(TEST_PASSWORD, attacker)).status).toBe(429)

    const owner = await tryLogin(TEST_PASSWORD, newAddress())
    expect(owner.status, errorText(owner.body)).toBe(200)
    expect(owner.body.token).toEqual(expect.any(String))
    // No lockout state exists on the account.
    const { rows } = await pool().query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name IN ('lock_until', 'login_attempts')`,
    )
    expect(rows).toEqual([])
  })

  it('one address trying many accounts is throttled too', async () => {
    const attacker = newAddress()
    const statuses = []
    for (let i = 0; i < 31; i++)
      statuses.push(
        (
          await call(
            'POST',
            '/users/login',
            json(
              { email: `nobody-${i}@test.local`, password: 'not-the-password' },
              { address: attacker },
            ),
          )
        ).status,
      )
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true)
    expect(statuses[30]).toBe(429)
  })
})

describe('item 13: video passwords', () => {
  it('guessing a video password from one address gets 429 after 10 attempts', async () => {
    const guesser = newAddress()
    const statuses = []
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await call(
            'POST',
            `/videos/${video.id}/playback`,
            json({ password: `guess-number-${i}` }, { address: guesser }),
          )
        ).status,
      )
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses[10]).toBe(429)
    // Another viewer with the right password still watches.
    const viewer = await call(
      'POST',
      `/videos/${video.id}/playback`,
      json({ password: 'open-sesame-2' }, { address: newAddress() }),
    )
    expect(viewer.status).not.toBe(429)
    expect(viewer.status).not.toBe(401)
  })

  it('a video password shorter than 8 characters is refused, naming the field', async () => {
    const response = await call(
      'PATCH',
      `/videos/${video.id}`,
      json(
        { password: 'short12', requirePassword: true },
        { address: newAddress(), token: admin.token },
      ),
    )
    expect(response.status, errorText(response.body)).toBe(400)
    expect(errorPaths(response.body)).toContain('password')
    expect(errorText(response.body)).toMatch(/at least 8/)
  })
})

describe('item 13: comments and form submissions are rate-limited per address', () => {
  it('the 6th comment from one address within ten minutes gets 429', async () => {
    const sender = newAddress()
    const before = await count('video-comments')
    const statuses = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await call(
            'POST',
            '/video-comments',
            json(
              { authorName: 'Spammer', body: `Buy now ${i}`, video: video.id },
              { address: sender },
            ),
          )
        ).status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    expect(await count('video-comments')).toBe(before + 5)
  })

  it('the 6th form submission from one address gets 429', async () => {
    const sender = newAddress()
    const before = await count('form-submissions')
    const statuses = []
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await call(
            'POST',
            '/form-submissions',
            json(
              { form: form.id, submissionData: [{ field: 'name', value: `Bot ${i}` }] },
              { address: sender },
            ),
          )
        ).status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    expect(await count('form-submissions')).toBe(before + 5)
  })

  it('more concurrent submissions than Payload has connections all get their answer (the count never waits on the request’s pool)', async () => {
    // Each REST create holds one of Payload's 10 pooled connections for its transaction while its
    // hooks run; a counter on the same pool made 10+ concurrent creates wait for each other forever.
    const before = await count('form-submissions')
    const statuses = await Promise.all(
      Array.from(
        { length: 16 },
        async (_, i) =>
          (
            await call(
              'POST',
              '/form-submissions',
              json(
                { form: form.id, submissionData: [{ field: 'name', value: `Crowd ${i}` }] },
                { address: newAddress() },
              ),
            )
          ).status,
      ),
    )
    expect(statuses).toEqual(Array(16).fill(201))
    expect(await count('form-submissions')).toBe(before + 16)
  })
})

describe('item 13: bodies are limited before they are read', () => {
  it('an oversized view beacon gets 413 and records nothing', async () => {
    const before = await count('video-views')
    const padding = 'x'.repeat(10_000)
    const response = await call(
      'POST',
      `/videos/${video.id}/view`,
      json(
        { padding, position: 0, seconds: 0, viewId: 'view-oversized' },
        { address: newAddress() },
      ),
    )
    expect(response.status, errorText(response.body)).toBe(413)
    expect(errorText(response.body)).toMatch(/too large/)
    expect(await count('video-views')).toBe(before)
  })

  it('a beacon declaring a huge Content-Length is refused before its body is read', async () => {
    const { state, stream } = guardedStream('{"viewId":"view-declared"')
    const response = await call('POST', `/videos/${video.id}/view`, {
      address: newAddress(),
      body: stream,
      headers: { 'content-length': String(50_000_000), 'content-type': 'text/plain' },
    })
    expect(response.status).toBe(413)
    expect(state.pulls).toBe(0)
  })

  it('an oversized playback request gets 413', async () => {
    const response = await call(
      'POST',
      `/videos/${video.id}/playback`,
      json({ password: 'x'.repeat(10_000) }, { address: newAddress() }),
    )
    expect(response.status).toBe(413)
  })

  it('an oversized payment webhook gets 413 and enrolls nobody', async () => {
    const response = await call('POST', '/courses/payment-webhook', {
      address: newAddress(),
      body: chunkedBody('{"type":"checkout.session.completed","pad":"', 1_000_000),
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
    })
    expect(response.status, errorText(response.body)).toBe(413)
    expect(
      (await t.payload.count({ collection: 'enrollments', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('oversized comment and form bodies get 413 (declared or chunked), and nothing is stored', async () => {
    const [comments, submissions] = [await count('video-comments'), await count('form-submissions')]
    const declared = await call(
      'POST',
      '/video-comments',
      json(
        { authorName: 'Big', body: 'x'.repeat(3 * 1024 * 1024), video: video.id },
        { address: newAddress() },
      ),
    )
    expect(declared.status, errorText(declared.body)).toBe(413)
    const chunked = await call('POST', '/form-submissions', {
      address: newAddress(),
      body: chunkedBody(
        `{"form":${form.id},"submissionData":[{"field":"name","value":"`,
        3 * 1024 * 1024,
      ),
      headers: { 'content-type': 'application/json' },
    })
    expect(chunked.status, errorText(chunked.body)).toBe(413)
    expect([await count('video-comments'), await count('form-submissions')]).toEqual([
      comments,
      submissions,
    ])
  })

  it('an anonymous multipart upload to videos or media is refused before its body is read', async () => {
    const tmp = path.join(t.dataDir, 'tmp')
    const tempFilesBefore = filesIn(tmp)
    for (const collection of ['videos', 'media']) {
      const { state, stream } = guardedStream(
        '--boundary\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\n\r\n',
      )
      const response = await call('POST', `/${collection}`, {
        address: newAddress(),
        body: stream,
        headers: { 'content-type': 'multipart/form-data; boundary=boundary' },
      })
      expect(response.status, `${collection}: ${errorText(response.body)}`).toBe(401)
      expect(state.pulls, collection).toBe(0)
    }
    expect(filesIn(tmp)).toEqual(tempFilesBefore)
  })

  it('a multipart body to a route that takes no upload (login) is limited like JSON: 413, nothing on disk', async () => {
    const tmp = path.join(t.dataDir, 'tmp')
    const tempFilesBefore = filesIn(tmp)
    const prefix =
      '--boundary\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
    const response = await call('POST', '/users/login', {
      address: newAddress(),
      body: chunkedBody(prefix, 3 * 1024 * 1024),
      headers: { 'content-type': 'multipart/form-data; boundary=boundary' },
    })
    expect(response.status, errorText(response.body)).toBe(413)
    expect(filesIn(tmp)).toEqual(tempFilesBefore)
  })

  it('the admin’s own multipart forms still work without a session (its login form)', async () => {
    const loginForm = new FormData()
    loginForm.append(
      '_payload',
      JSON.stringify({ email: 'owner@test.local', password: TEST_PASSWORD }),
    )
    const response = await call('POST', '/users/login', { address: newAddress(), body: loginForm })
    expect(response.status, errorText(response.body)).toBe(200)
  })

  it('an upload by someone allowed to make it still goes through', async () => {
    const file = await testPng(64, 48)
    const response = await call('POST', '/media', {
      address: newAddress(),
      body: uploadForm(file, 'ok.png', 'image/png', { alt: 'A gradient', site }),
      token: admin.token,
    })
    expect(response.status, errorText(response.body)).toBe(201)
  })

  it('a signed-in user without upload rights is refused before the body is read', async () => {
    const { state, stream } = guardedStream('--boundary\r\n')
    const response = await call('POST', '/media', {
      address: newAddress(),
      body: stream,
      headers: { 'content-type': 'multipart/form-data; boundary=boundary' },
      token: member.token,
    })
    expect(response.status, errorText(response.body)).toBe(403)
    expect(state.pulls).toBe(0)
  })
})

describe('item 13: the client address', () => {
  it('without TRUST_PROXY the server replaces a client-sent X-Forwarded-For with the connection address', async () => {
    createRequire(import.meta.url)('../../scripts/forwardedHeaders.cjs')
    const { clientAddress } = await import('../../src/site/hosts/clientAddress')
    const server = http.createServer((request, response) =>
      response.end(clientAddress(new Headers(request.headers as Record<string, string>)) ?? 'none'),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const seen = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'x-forwarded-for': '198.51.100.99' },
      }).then((response) => response.text())
      expect(seen).toBe('127.0.0.1')
    } finally {
      server.close()
    }
  })

  it('with TRUST_PROXY, the address the trusted proxy saw, never the client’s own claim', async () => {
    const { clientAddress } = await import('../../src/site/hosts/clientAddress')
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.7' })
    process.env.TRUST_PROXY = 'true'
    try {
      expect(clientAddress(headers)).toBe('198.51.100.7')
      process.env.TRUST_PROXY = '2'
      expect(clientAddress(headers)).toBe('6.6.6.6')
    } finally {
      delete process.env.TRUST_PROXY
    }
    expect(clientAddress(new Headers())).toBeNull()
  })
})
