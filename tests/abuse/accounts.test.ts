import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import type { PersonalDataSource } from '../../plugins/account'
import { seedKidsAscension } from '../../plugins/video/demoSeed'
import { richText } from '../../src/seed/lexical'
import { DEMO_PASSWORD } from '../../src/seed/users'
import { type Api, createApi, errorText } from '../helpers/api'
import { postData } from '../helpers/fixtures'
import { siteIdOf } from '../helpers/sites'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser, login, TEST_PASSWORD } from '../helpers/users'

let t: TestPayload
let api: Api
let ozean: number
let kids: number
let siteAdmin: { token: string; user: User }

const KNOWN_KEY = 'attacker-known-key-0123456789abcdef'
const keyAuth = (key: string) => ({ headers: { Authorization: `users API-Key ${key}` } })
const json = (data: unknown) => ({
  body: JSON.stringify(data),
  headers: { 'Content-Type': 'application/json' },
})

/** Who the API key signs in as (undefined: it does not authenticate). */
async function keyUser(key: string): Promise<number | undefined> {
  const me = await api.get<{ user: null | User }>('/users/me', keyAuth(key))
  return me.body.user?.id
}

const userOf = (payload: Payload, id: number) =>
  payload.findByID({ id, collection: 'users', depth: 0, showHiddenFields: true })
const countWhere = async (
  collection: Parameters<Payload['count']>[0]['collection'],
  where: Parameters<Payload['count']>[0]['where'],
) => (await t.payload.count({ collection, where })).totalDocs

beforeAll(async () => {
  t = await createTestPayload({ seeded: true })
  api = createApi(t.config)
  ozean = await siteIdOf(t.payload, 'ozean-licht')
  kids = await siteIdOf(t.payload, 'kids-ascension')
  siteAdmin = await createUser(t.payload, 'site-admin@ozean.test', [], { [ozean]: ['admin'] })
})
afterAll(async () => t?.cleanup())

describe('item 6: a site admin cannot take over accounts', () => {
  it('refuses an API key set on a member who also holds a role on another site, and the key does not authenticate', async () => {
    const { user: victim } = await createUser(t.payload, 'two-sites@test.local', [], {
      [kids]: ['admin'],
      [ozean]: ['member'],
    })
    const response = await api.patch(
      `/users/${victim.id}`,
      { apiKey: KNOWN_KEY, enableAPIKey: true },
      { token: siteAdmin.token },
    )
    expect(response.status).toBe(403)
    expect(errorText(response.body)).toMatch(/credentials|super-admin|roles elsewhere/i)
    expect(await keyUser(KNOWN_KEY)).toBeUndefined()
    const after = await userOf(t.payload, victim.id)
    expect(after.enableAPIKey).toBeFalsy()
    expect(after.hasAPIKey).toBeFalsy()
  })

  it('refuses an API key set on a member of the admin’s own site too (only the owner or a super-admin manages credentials)', async () => {
    const { user: member } = await createUser(t.payload, 'own-site-member@test.local', [], {
      [ozean]: ['member'],
    })
    const key = `${KNOWN_KEY}-2`
    const response = await api.patch(
      `/users/${member.id}`,
      { apiKey: key, enableAPIKey: true },
      { token: siteAdmin.token },
    )
    expect(response.status).toBe(403)
    expect(await keyUser(key)).toBeUndefined()
    // GraphQL, the same refusal.
    const gql = await api.graphql(
      `mutation($id: Int!, $key: String) { updateUser(id: $id, data: { enableAPIKey: true, apiKey: $key }) { id } }`,
      { id: member.id, key },
      { token: siteAdmin.token },
    )
    expect(gql.body.errors?.[0]?.message).toBeTruthy()
    expect(await keyUser(key)).toBeUndefined()
    // Local API with the site admin's rights.
    await expect(
      t.payload.update({
        id: member.id,
        collection: 'users',
        data: { apiKey: key, enableAPIKey: true },
        overrideAccess: false,
        user: siteAdmin.user,
      }),
    ).rejects.toThrow()
    expect(await keyUser(key)).toBeUndefined()
  })

  it('refuses a site admin creating an account with an API key they would know', async () => {
    const key = `${KNOWN_KEY}-3`
    const response = await api.post(
      '/users',
      {
        name: 'Keyed',
        apiKey: key,
        email: 'created-with-key@test.local',
        enableAPIKey: true,
        password: TEST_PASSWORD,
        sites: [{ roles: ['member'], site: ozean }],
      },
      { token: siteAdmin.token },
    )
    expect(response.status).toBe(403)
    expect(await countWhere('users', { email: { equals: 'created-with-key@test.local' } })).toBe(0)
    expect(await keyUser(key)).toBeUndefined()
  })

  it('never returns API keys: not to a site admin (REST list, by id, GraphQL), not to the owner after creation', async () => {
    const key = `${KNOWN_KEY}-own`
    const { token, user } = await createUser(t.payload, 'keyholder@test.local', [], {
      [ozean]: ['editor'],
    })
    await t.payload.update({
      id: user.id,
      collection: 'users',
      data: { apiKey: key, enableAPIKey: true },
    })
    expect(await keyUser(key)).toBe(user.id)

    const list = await api.get<{ docs: User[] }>('/users?limit=100&depth=0', {
      token: siteAdmin.token,
    })
    expect(list.body.docs.map((doc) => doc.id)).toContain(user.id)
    const byId = await api.get<User>(`/users/${user.id}`, { token: siteAdmin.token })
    expect(byId.status).toBe(200)
    const gql = await api.graphql<{ Users: { docs: Record<string, unknown>[] } }>(
      `{ Users(limit: 100) { docs { id email } } }`,
      {},
      { token: siteAdmin.token },
    )
    const own = await api.get<User>(`/users/${user.id}`, { token })
    const me = await api.get<{ user: User }>('/users/me', { token })
    for (const body of [list.body, byId.body, gql.body, own.body, me.body]) {
      expect(JSON.stringify(body)).not.toContain(key)
      expect(JSON.stringify(body)).not.toMatch(/"apiKey(Index)?":\s*"/)
    }
    // GraphQL does not even offer the field.
    const asked = await api.graphql(`{ Users { docs { apiKey } } }`, {}, { token: siteAdmin.token })
    expect(JSON.stringify(asked.body)).not.toContain(key)
  })

  it('refuses a site admin editing a user who holds a role on a site they do not administer, or a global role', async () => {
    const { user: elsewhere } = await createUser(t.payload, 'elsewhere@test.local', [], {
      [kids]: ['creator'],
      [ozean]: ['member'],
    })
    const { user: global } = await createUser(t.payload, 'global-editor@test.local', ['editor'], {
      [ozean]: ['member'],
    })
    for (const target of [elsewhere, global]) {
      for (const change of [
        { name: 'Taken over' },
        { email: 'taken-over@test.local' },
        { password: 'new-password-123' },
        { apiKey: `${KNOWN_KEY}-x`, enableAPIKey: true },
      ]) {
        const response = await api.patch(`/users/${target.id}`, change, { token: siteAdmin.token })
        expect(response.status, JSON.stringify(change)).toBe(403)
        expect(errorText(response.body)).toMatch(/owner or a super-admin/)
      }
      expect((await api.delete(`/users/${target.id}`, { token: siteAdmin.token })).status).toBe(403)
      expect(
        (await api.post('/users/unlock', { email: target.email }, { token: siteAdmin.token }))
          .status,
      ).toBe(403)
      const after = await userOf(t.payload, target.id)
      expect([after.name, after.email, after.roles, Boolean(after.hasAPIKey)]).toEqual([
        target.name,
        target.email,
        target.roles,
        false,
      ])
      await expect(login(t.payload, target.email)).resolves.toBeTruthy()
    }
    // Their role on another site is not the site admin's to change either.
    const dropped = await api.patch(
      `/users/${elsewhere.id}`,
      { sites: [{ roles: ['member'], site: ozean }] },
      { token: siteAdmin.token },
    )
    expect(dropped.status).toBe(403)
    expect((await userOf(t.payload, elsewhere.id)).sites).toHaveLength(2)
  })

  it('still lets a site admin change the roles of a user who is only on their sites', async () => {
    const { user } = await createUser(t.payload, 'only-here@test.local', [], {
      [ozean]: ['member'],
    })
    const response = await api.patch(
      `/users/${user.id}`,
      { sites: [{ roles: ['editor'], site: ozean }] },
      { token: siteAdmin.token },
    )
    expect(response.status).toBe(200)
    expect((await userOf(t.payload, user.id)).sites?.[0]?.roles).toEqual(['editor'])
  })
})

describe('item 7: email and password changes need the current password', () => {
  it('refuses an email change with a session alone, and with a wrong current password', async () => {
    const { token, user } = await createUser(t.payload, 'session-only@test.local', [], {
      [ozean]: ['editor'],
    })
    const bare = await api.patch(`/users/${user.id}`, { email: 'stolen@test.local' }, { token })
    expect(bare.status).toBe(400)
    expect(errorText(bare.body)).toMatch(/current password/i)
    const wrong = await api.patch(
      `/users/${user.id}`,
      { currentPassword: 'not-it', email: 'stolen@test.local' },
      { token },
    )
    expect(wrong.status).toBe(400)
    expect((await userOf(t.payload, user.id)).email).toBe('session-only@test.local')

    const gql = await api.graphql(
      `mutation($id: Int!) { updateUser(id: $id, data: { email: "stolen2@test.local" }) { id } }`,
      { id: user.id },
      { token },
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/current ?password/i)
    expect((await userOf(t.payload, user.id)).email).toBe('session-only@test.local')
  })

  it('refuses a password change with a session or an API key alone', async () => {
    const key = 'self-key-for-password-0123456789'
    const { token, user } = await createUser(t.payload, 'pw-change@test.local', [], {
      [ozean]: ['editor'],
    })
    await t.payload.update({
      id: user.id,
      collection: 'users',
      data: { apiKey: key, enableAPIKey: true },
    })
    expect(
      (await api.patch(`/users/${user.id}`, { password: 'hijacked-password-1' }, { token })).status,
    ).toBe(400)
    expect(
      (await api.patch(`/users/${user.id}`, { password: 'hijacked-password-1' }, keyAuth(key)))
        .status,
    ).toBe(400)
    // The bulk form cannot slip past the check either.
    expect(
      (
        await api.patch(
          `/users?where[id][equals]=${user.id}`,
          { password: 'hijacked-password-1' },
          { token },
        )
      ).status,
    ).toBeGreaterThanOrEqual(400)
    await expect(login(t.payload, 'pw-change@test.local', 'hijacked-password-1')).rejects.toThrow()
    await expect(login(t.payload, 'pw-change@test.local')).resolves.toBeTruthy()
  })

  it('refuses minting a new API key with a session alone (it would outlive the session)', async () => {
    const key = 'minted-by-a-thief-0123456789abcdef'
    const { token, user } = await createUser(t.payload, 'minter@test.local', [], {
      [ozean]: ['editor'],
    })
    expect(
      (await api.patch(`/users/${user.id}`, { apiKey: key, enableAPIKey: true }, { token })).status,
    ).toBe(400)
    expect(await keyUser(key)).toBeUndefined()
    const ok = await api.patch(
      `/users/${user.id}`,
      { apiKey: key, currentPassword: TEST_PASSWORD, enableAPIKey: true },
      { token },
    )
    expect(ok.status).toBe(200)
    expect(await keyUser(key)).toBe(user.id)
  })

  it('accepts the change with the current password (as the admin’s account page sends it)', async () => {
    const { token, user } = await createUser(t.payload, 'honest@test.local', [], {
      [ozean]: ['editor'],
    })
    const response = await api.patch(
      `/users/${user.id}`,
      {
        currentPassword: TEST_PASSWORD,
        email: 'honest-new@test.local',
        password: 'a-new-password-42',
      },
      { token },
    )
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body)).not.toContain(TEST_PASSWORD) // never stored, never echoed
    await expect(
      login(t.payload, 'honest-new@test.local', 'a-new-password-42'),
    ).resolves.toBeTruthy()
    // Renaming needs no password.
    const relogged = await login(t.payload, 'honest-new@test.local', 'a-new-password-42')
    expect(
      (await api.patch(`/users/${user.id}`, { name: 'Renamed' }, { token: relogged })).status,
    ).toBe(200)
  })

  it('lets a super-admin set another user’s password without knowing it (documented exception)', async () => {
    const root = await createUser(t.payload, 'root@test.local', ['super-admin'])
    const { user } = await createUser(t.payload, 'forgot@test.local', [], { [ozean]: ['member'] })
    expect(
      (
        await api.patch(
          `/users/${user.id}`,
          { password: 'reset-by-admin-1' },
          { token: root.token },
        )
      ).status,
    ).toBe(200)
    await expect(login(t.payload, 'forgot@test.local', 'reset-by-admin-1')).resolves.toBeTruthy()
    // Their own password still needs their current one.
    expect(
      (
        await api.patch(
          `/users/${root.user.id}`,
          { password: 'root-new-password' },
          { token: root.token },
        )
      ).status,
    ).toBe(400)
  })

  it('export and deletion find form submissions by account, not by an email anyone can type or take', async () => {
    const form = await t.payload.create({
      collection: 'forms',
      data: {
        confirmationMessage: richText('Thanks'),
        confirmationType: 'message',
        fields: [{ name: 'email', blockType: 'email', label: 'Email', required: true }],
        site: ozean,
        title: 'Victim form',
      },
    })
    // The victim's own submission, made while signed in, and an anonymous one that merely names them.
    const victim = await createUser(t.payload, 'victim-forms@test.local', [], {
      [ozean]: ['member'],
    })
    const signedIn = await api.post<{ doc: { id: number } }>(
      '/form-submissions',
      { form: form.id, submissionData: [{ field: 'email', value: 'victim-forms@test.local' }] },
      { headers: { host: 'ozean-licht.localhost' }, token: victim.token },
    )
    expect(signedIn.status).toBe(201)

    // The attacker takes the victim's email as their own… (needs a free address: the victim moved on)
    await t.payload.update({
      id: victim.user.id,
      collection: 'users',
      data: { email: 'victim-moved@test.local' },
    })
    const attacker = await createUser(t.payload, 'attacker-forms@test.local', [], {
      [ozean]: ['member'],
    })
    const moved = await api.patch(
      `/users/${attacker.user.id}`,
      { currentPassword: TEST_PASSWORD, email: 'victim-forms@test.local' },
      { token: attacker.token },
    )
    expect(moved.status).toBe(200)
    const relogged = await login(t.payload, 'victim-forms@test.local')

    // …and asks for "their" data, then deletes "their" account.
    const exported = await api.get<{ formSubmissions: unknown[] }>('/users/me/export', {
      token: relogged,
    })
    expect(exported.status).toBe(200)
    expect(exported.body.formSubmissions).toEqual([])
    const deleted = await api.delete('/users/me', {
      ...json({ password: TEST_PASSWORD }),
      token: relogged,
    })
    expect(deleted.status).toBe(200)
    expect(await countWhere('form-submissions', { id: { equals: signedIn.body.doc.id } })).toBe(1)

    // The victim's export has it.
    const victimToken = await login(t.payload, 'victim-moved@test.local')
    const own = await api.get<{ formSubmissions: { id: number }[] }>('/users/me/export', {
      token: victimToken,
    })
    expect(own.body.formSubmissions.map((s) => s.id)).toEqual([signedIn.body.doc.id])
  })
})

describe('item 8: account deletion is whole or nothing, and covers every plugin', () => {
  type Fixture = Awaited<ReturnType<typeof memberData>>

  /** The seeded member, with something in every plugin: profile, enrollment, progress, registration, kid, comment, view, share, log entry. */
  async function memberData(payload: Payload) {
    const member = (
      await payload.find({
        collection: 'users',
        depth: 0,
        where: { email: { equals: 'member@ozean-licht.local' } },
      })
    ).docs[0]!
    const instructor = (
      await payload.find({
        collection: 'users',
        depth: 0,
        where: { email: { equals: 'instructor@ozean-licht.local' } },
      })
    ).docs[0]!
    const course = (
      await payload.find({
        collection: 'courses',
        depth: 0,
        sort: 'id',
        where: { site: { equals: ozean } },
      })
    ).docs[0]!
    const lesson = (
      await payload.find({
        collection: 'lessons',
        depth: 0,
        where: { course: { equals: course.id } },
      })
    ).docs[0]!
    const event = (
      await payload.find({ collection: 'events', depth: 0, where: { site: { equals: ozean } } })
    ).docs[0]!
    const video = (
      await payload.find({ collection: 'videos', depth: 0, where: { site: { equals: kids } } })
    ).docs[0]!
    const enrollment = await payload.create({
      collection: 'enrollments',
      data: {
        course: course.id,
        enrolledAt: new Date().toISOString(),
        site: ozean,
        status: 'active',
        user: member.id,
      },
    })
    const progress = await payload.create({
      collection: 'lesson-progress',
      data: {
        completedAt: new Date().toISOString(),
        course: course.id,
        enrollment: enrollment.id,
        lesson: lesson.id,
        site: ozean,
        user: member.id,
      },
    })
    const registration = await payload.create({
      collection: 'event-registrations',
      data: { event: event.id, site: ozean, user: member.id },
    })
    const kid = await payload.create({
      collection: 'kids',
      data: { name: 'Pia', parent: member.id, site: kids },
    })
    // Comments open on approved videos only (no worker here to process it) and take their author from the session.
    await payload.db.updateOne({ id: video.id, collection: 'videos', data: { status: 'approved' } })
    const comment = await payload.create({
      collection: 'video-comments',
      data: { authorName: 'Theo', body: 'Lovely!', site: kids, status: 'pending', video: video.id },
    })
    await payload.db.updateOne({
      id: comment.id,
      collection: 'video-comments',
      data: { author: member.id },
    })
    const view = await payload.create({
      collection: 'video-views',
      data: {
        site: kids,
        video: video.id,
        viewer: member.id,
        viewId: `member-view-${Date.now()}`,
        watchedSeconds: 12,
      },
    })
    // Share links are made by the video's manager (checkShareable): straight to the database, as if the member had been one.
    const now = new Date().toISOString()
    const share = await payload.db.create({
      collection: 'video-shares',
      data: {
        createdAt: now,
        createdBy: member.id,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        site: kids,
        token: `member-share-${Date.now()}`,
        updatedAt: now,
        video: video.id,
      },
    })
    const logEntry = await payload.create({
      collection: 'moderation-log',
      data: {
        action: 'approve-comment',
        comment: comment.id,
        moderator: member.id,
        site: kids,
        video: video.id,
      },
    })
    const post = await payload.create({
      collection: 'posts',
      data: postData(`by-member-${Date.now()}`, {
        authors: [member.id, instructor.id],
        site: ozean,
      }),
    })
    // Somebody else's data beside it, which must stay as it is.
    const othersEnrollment = await payload.create({
      collection: 'enrollments',
      data: {
        course: course.id,
        enrolledAt: new Date().toISOString(),
        site: ozean,
        status: 'active',
        user: instructor.id,
      },
    })
    const othersRegistration = await payload.create({
      collection: 'event-registrations',
      data: { event: event.id, site: ozean, user: instructor.id },
    })
    return {
      comment,
      course,
      enrollment,
      event,
      instructor,
      kid,
      logEntry,
      member,
      othersEnrollment,
      othersRegistration,
      post,
      progress,
      registration,
      share,
      video,
      view,
    }
  }

  async function snapshot(f: Fixture) {
    return {
      comments: await countWhere('video-comments', { id: { equals: f.comment.id } }),
      enrollments: await countWhere('enrollments', { user: { equals: f.member.id } }),
      kids: await countWhere('kids', { parent: { equals: f.member.id } }),
      log: (await t.payload.findByID({ id: f.logEntry.id, collection: 'moderation-log', depth: 0 }))
        .moderator,
      members: await countWhere('members', { user: { equals: f.member.id } }),
      postAuthors: (await t.payload.findByID({ id: f.post.id, collection: 'posts', depth: 0 }))
        .authors,
      progress: await countWhere('lesson-progress', { user: { equals: f.member.id } }),
      registrations: await countWhere('event-registrations', { user: { equals: f.member.id } }),
      shares: await countWhere('video-shares', { createdBy: { equals: f.member.id } }),
      user: await countWhere('users', { id: { equals: f.member.id } }),
      views: await countWhere('video-views', { viewer: { equals: f.member.id } }),
    }
  }

  let f: Fixture
  beforeAll(async () => {
    // Test templates carry no videos (they need ffmpeg): add the demo's two, the parent's and the moderator's.
    const idOf = async (email: string) =>
      (await t.payload.find({ collection: 'users', depth: 0, where: { email: { equals: email } } }))
        .docs[0]!.id
    await seedKidsAscension(t.payload, {
      moderator: await idOf('moderator@kids-ascension.local'),
      parent: await idOf('parent@kids-ascension.local'),
      site: kids,
    })
    f = await memberData(t.payload)
  })

  it('exports a section for every registered source, each with the member’s data', async () => {
    const token = await login(t.payload, 'member@ozean-licht.local', DEMO_PASSWORD)
    const response = await api.get<Record<string, unknown>>('/users/me/export', { token })
    expect(response.status).toBe(200)
    const sources = (t.payload.config.custom?.personalData ?? []) as PersonalDataSource[]
    expect(sources.map((s) => s.name)).toEqual(
      expect.arrayContaining(['posts', 'formSubmissions', 'preferences', 'video', 'courses']),
    )
    for (const source of sources) expect(response.body).toHaveProperty(source.name)
    const text = JSON.stringify(response.body)
    for (const value of ['Pia', 'Lovely!', String(f.enrollment.id), 'Learning to breathe slowly.'])
      expect(text).toContain(value)
    expect(text).not.toMatch(/"(hash|salt|apiKey|token)"/)
  })

  it('covers every collection that points at users with some source', () => {
    const sources = (t.payload.config.custom?.personalData ?? []) as PersonalDataSource[]
    const covered = new Set(sources.flatMap((s) => s.collections))
    type Flat = {
      flattenedFields?: Flat[]
      blocks?: { flattenedFields: Flat[] }[]
      relationTo?: string | string[]
      type: string
    }
    const pointsAtUsers = (fields: Flat[]): boolean =>
      fields.some(
        (field) =>
          ((field.type === 'relationship' || field.type === 'upload') &&
            [field.relationTo].flat().includes('users')) ||
          pointsAtUsers(field.flattenedFields ?? []) ||
          (field.blocks ?? []).some((block) => pointsAtUsers(block.flattenedFields)),
      )
    const uncovered = t.payload.config.collections
      .filter(
        (c) =>
          c.slug !== 'users' &&
          !c.slug.startsWith('payload-') &&
          pointsAtUsers(c.flattenedFields as Flat[]),
      )
      .map((c) => c.slug)
      .filter((slug) => !covered.has(slug))
    expect(uncovered).toEqual([])
  })

  it('a source that fails midway leaves everything as it was', async () => {
    const sources = t.payload.config.custom!.personalData as PersonalDataSource[]
    const before = await snapshot(f)
    const boom: PersonalDataSource = {
      name: 'boom',
      collections: [],
      erase: async () => {
        throw new Error('boom')
      },
      export: async () => null,
    }
    sources.push(boom)
    try {
      const token = await login(t.payload, 'member@ozean-licht.local', DEMO_PASSWORD)
      const response = await api.delete('/users/me', {
        ...json({ password: DEMO_PASSWORD }),
        token,
      })
      expect(response.status).toBe(500)
      expect(await snapshot(f)).toEqual(before)
    } finally {
      sources.splice(sources.indexOf(boom), 1)
    }
    expect(before.user).toBe(1)
    expect(before.enrollments).toBe(1)
  })

  it('deletes the seeded member with everything of theirs, and nothing of anyone else’s', async () => {
    const token = await login(t.payload, 'member@ozean-licht.local', DEMO_PASSWORD)
    const response = await api.delete('/users/me', { ...json({ password: DEMO_PASSWORD }), token })
    expect(response.status).toBe(200)
    expect(await snapshot(f)).toEqual({
      comments: 0,
      enrollments: 0,
      kids: 0,
      log: null,
      members: 0,
      postAuthors: [f.instructor.id],
      progress: 0,
      registrations: 0,
      shares: 0,
      user: 0,
      views: 0,
    })
    // The view stays for the video's totals, anonymised; the log entry stays, without the person.
    expect(await countWhere('video-views', { id: { equals: f.view.id } })).toBe(1)
    expect(await countWhere('moderation-log', { id: { equals: f.logEntry.id } })).toBe(1)
    // Others' data is untouched.
    expect(await countWhere('enrollments', { id: { equals: f.othersEnrollment.id } })).toBe(1)
    expect(
      await countWhere('event-registrations', { id: { equals: f.othersRegistration.id } }),
    ).toBe(1)
    expect(await countWhere('videos', { id: { equals: f.video.id } })).toBe(1)
    expect(await countWhere('courses', { id: { equals: f.course.id } })).toBe(1)
  })

  it('an admin deleting an uploader (DELETE /api/users/:id) takes their videos, kids and shares along in one go', async () => {
    const root = await createUser(t.payload, 'root-deleter@test.local', ['super-admin'])
    const parent = (
      await t.payload.find({
        collection: 'users',
        depth: 0,
        where: { email: { equals: 'parent@kids-ascension.local' } },
      })
    ).docs[0]!
    const videos = await t.payload.find({
      collection: 'videos',
      depth: 0,
      where: { uploader: { equals: parent.id } },
    })
    expect(videos.totalDocs).toBeGreaterThan(0)
    const othersVideos = await countWhere('videos', { uploader: { not_equals: parent.id } })
    const response = await api.delete(`/users/${parent.id}`, { token: root.token })
    expect(response.status).toBe(200)
    expect(await countWhere('videos', { uploader: { equals: parent.id } })).toBe(0)
    expect(await countWhere('videos', { id: { in: videos.docs.map((v) => v.id) } })).toBe(0)
    expect(await countWhere('kids', { parent: { equals: parent.id } })).toBe(0)
    expect(await countWhere('videos', { uploader: { not_equals: parent.id } })).toBe(othersVideos)
  })
})
