import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { createApi, type Api } from '../../tests/helpers/api'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createUser, login, TEST_PASSWORD } from '../../tests/helpers/users'

let t: TestPayload
let api: Api
beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
})
afterAll(async () => t?.cleanup())

describe('users', () => {
  it('makes the very first account an admin, whatever roles it asked for', async () => {
    const first = await t.payload.create({
      collection: 'users',
      data: { name: 'Owner', email: 'owner@test.local', password: TEST_PASSWORD, roles: [] },
    })
    expect(first.roles).toEqual(['super-admin'])
    const second = await t.payload.create({
      collection: 'users',
      data: {
        name: 'Second',
        email: 'second@test.local',
        password: TEST_PASSWORD,
        roles: ['editor'],
      },
    })
    expect(second.roles).toEqual(['editor'])
  })

  it('lets people sign in, read and rename themselves, but not see others', async () => {
    const { token, user } = await createUser(t.payload, 'self@test.local', ['editor'])
    const list = await api.get<{ docs: User[] }>('/users', { token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc) => doc.email)).toEqual(['self@test.local'])

    const renamed = await api.patch<{ doc: User }>(
      `/users/${user.id}`,
      { name: 'Renamed' },
      { token },
    )
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.name).toBe('Renamed')
  })

  it('ignores an editor’s attempt to make themselves admin', async () => {
    const { token, user } = await createUser(t.payload, 'climber@test.local', ['editor'])
    await api.patch(`/users/${user.id}`, { roles: ['super-admin'] }, { token })
    expect((await t.payload.findByID({ id: user.id, collection: 'users' })).roles).toEqual([
      'editor',
    ])
  })

  it('lets only admins delete accounts', async () => {
    const admin = await login(t.payload, 'owner@test.local')
    const { token, user } = await createUser(t.payload, 'leaver@test.local', ['editor'])
    const other = await createUser(t.payload, 'stayer@test.local', ['editor'])
    expect((await api.delete(`/users/${other.user.id}`, { token })).status).toBe(403)
    expect((await api.delete(`/users/${user.id}`, { token: admin })).status).toBe(200)
    expect(
      (
        await t.payload.count({
          collection: 'users',
          where: { email: { equals: 'leaver@test.local' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('refuses a wrong password', async () => {
    await expect(login(t.payload, 'owner@test.local', 'wrong-password')).rejects.toThrow()
  })
})
