import type { PgBoss } from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { handlers, queues } from '../../media-workers/registry'
import { startBoss } from '../../src/queue/boss'
import { createApi, type Api } from '../../tests/helpers/api'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createUser } from '../../tests/helpers/users'
import { stopSender } from './client'

let t: TestPayload
let api: Api
let worker: PgBoss | undefined
beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  // What `npm run worker` does, in this process.
  worker = await startBoss(t.databaseUri, queues, 'worker')
  for (const [name, { handler, options = {} }] of Object.entries(handlers)) {
    await worker.work(name, options, (jobs) => handler(jobs as Parameters<typeof handler>[0], { payload: t.payload }))
  }
})
afterAll(async () => {
  await stopSender()
  await worker?.stop({ graceful: false })
  await t?.cleanup()
})

type Health = { ok: boolean; worker?: string }

describe('POST /api/queue/health', () => {
  it('answers ok when a worker takes the job, for an admin', async () => {
    const { token } = await createUser(t.payload, 'admin@test.local', ['super-admin'])
    const response = await api.post<Health>('/queue/health', {}, { token })
    expect(response.status).toBe(200)
    expect(response.body.ok).toBe(true)
    expect(response.body.worker).toContain(String(process.pid))
  })

  it('is refused to anonymous callers and editors', async () => {
    expect((await api.post('/queue/health', {})).status).toBe(403)
    const { token } = await createUser(t.payload, 'editor@test.local', ['editor'])
    expect((await api.post('/queue/health', {}, { token })).status).toBe(403)
  })
})
