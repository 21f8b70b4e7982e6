import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Post } from '../../payload-types'
import { richText } from '../../src/seed/lexical'
import { type Api, createApi } from '../../tests/helpers/api'
import { postData } from '../../tests/helpers/fixtures'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createUser, TEST_PASSWORD } from '../../tests/helpers/users'

let t: TestPayload
let api: Api
let token: string
let userId: number
let post: Post

beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  await createUser(t.payload, 'root@test.local', ['super-admin'])
  const created = await createUser(t.payload, 'writer@test.local', [], { [t.siteId]: ['editor'] })
  ;({ token } = created)
  userId = created.user.id
  const other = await createUser(t.payload, 'coauthor@test.local', [])
  post = await t.payload.create({
    collection: 'posts',
    data: postData('shared', { authors: [userId, other.user.id] }),
  })
  const form = await t.payload.create({
    collection: 'forms',
    data: {
      confirmationMessage: richText('Thanks'),
      confirmationType: 'message',
      fields: [],
      site: t.siteId,
      title: 'Contact',
    },
  })
  // Sent while signed in: theirs. Sent anonymously with their address typed in: not attributable to them.
  await api.post(
    '/form-submissions',
    { form: form.id, submissionData: [{ field: 'email', value: 'writer@test.local' }] },
    { token },
  )
  await t.payload.create({
    collection: 'form-submissions',
    data: {
      form: form.id,
      site: t.siteId,
      submissionData: [{ field: 'email', value: 'writer@test.local' }],
    },
  })
})
afterAll(async () => t?.cleanup())

type Export = {
  account: Record<string, unknown>
  formSubmissions: unknown[]
  posts: { id: number }[]
  siteRoles: { roles: string[]; site: string }[]
}

describe('account data rights', () => {
  it('exports everything about the signed-in user as a JSON download, without secrets', async () => {
    const response = await api.get<Export>('/users/me/export', { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="prism-account-\d+\.json"/,
    )
    expect(response.body.account.email).toBe('writer@test.local')
    expect(Object.keys(response.body.account)).not.toEqual(expect.arrayContaining(['hash']))
    expect(JSON.stringify(response.body)).not.toMatch(/"(hash|salt|apiKey)"/)
    expect(response.body.siteRoles).toEqual([{ roles: ['editor'], site: 'test' }])
    expect(response.body.posts.map((p) => p.id)).toEqual([post.id])
    expect(response.body.formSubmissions).toHaveLength(1)
    expect((await api.get('/users/me/export')).status).toBe(401)
  })

  it('deletes the account only with the right password, keeping site content anonymised', async () => {
    expect((await api.delete('/users/me', { token })).status).toBe(400)
    const wrong = await api.delete('/users/me', {
      body: JSON.stringify({ password: 'nope' }),
      headers: { 'Content-Type': 'application/json' },
      token,
    })
    expect(wrong.status).toBe(403)
    expect(
      await t.payload.count({ collection: 'users', where: { id: { equals: userId } } }),
    ).toEqual({ totalDocs: 1 })

    const response = await api.delete('/users/me', {
      body: JSON.stringify({ password: TEST_PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      token,
    })
    expect(response.status).toBe(200)
    expect(
      await t.payload.count({ collection: 'users', where: { id: { equals: userId } } }),
    ).toEqual({ totalDocs: 0 })
    const kept = await t.payload.findByID({ id: post.id, collection: 'posts', depth: 0 })
    expect(kept.authors).toHaveLength(1)
    expect(kept.populatedAuthors?.map((a) => a.name)).toEqual(['coauthor'])
    expect(
      await t.payload.count({
        collection: 'form-submissions',
        where: { submittedBy: { equals: userId } },
      }),
    ).toEqual({ totalDocs: 0 })
    expect(await t.payload.count({ collection: 'form-submissions' })).toEqual({ totalDocs: 1 })
  })
})
