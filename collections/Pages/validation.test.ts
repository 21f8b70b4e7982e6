import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createApi, errorPaths, type Api } from '../../tests/helpers/api'
import { pageData } from '../../tests/helpers/fixtures'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createStaff } from '../../tests/helpers/users'

let t: TestPayload
let api: Api
let editorToken: string
let pagesBefore: number
let versionsBefore: number
beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  const staff = await createStaff(t.payload)
  editorToken = staff.editor.token
  await t.payload.create({ collection: 'pages', data: pageData('taken') })
})
afterAll(async () => t?.cleanup())

/** A refused write stores neither a page nor a version of one. */
beforeEach(async () => {
  pagesBefore = (await t.payload.count({ collection: 'pages' })).totalDocs
  versionsBefore = (await t.payload.countVersions({ collection: 'pages' })).totalDocs
  return async () => {
    expect((await t.payload.count({ collection: 'pages' })).totalDocs).toBe(pagesBefore)
    expect((await t.payload.countVersions({ collection: 'pages' })).totalDocs).toBe(versionsBefore)
  }
})

const create = (data: unknown) => api.post('/pages', data, { token: editorToken })

describe('refused page writes', () => {
  it('refuses a second page with the same slug, naming `slug`', async () => {
    const response = await create(pageData('taken', { title: 'Another page' }))
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual(['slug'])
  })

  it('refuses a slug change onto a taken slug', async () => {
    const other = await t.payload.create({ collection: 'pages', data: pageData('free') })
    pagesBefore += 1
    versionsBefore += 1
    const response = await api.patch(
      `/pages/${other.id}`,
      { slug: 'taken' },
      { token: editorToken },
    )
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual(['slug'])
    expect((await t.payload.findByID({ id: other.id, collection: 'pages' })).slug).toBe('free')
  })

  it('refuses a page without a title, naming `title`', async () => {
    const response = await create({ ...pageData('untitled'), title: undefined })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('title')
  })

  it('refuses a layout that is not a list of blocks, naming `layout`', async () => {
    const response = await create({ ...pageData('bad-layout'), layout: 'a paragraph of text' })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('layout')
  })

  it('refuses a block type that does not exist instead of dropping it, naming `layout`', async () => {
    const response = await create({ ...pageData('bad-block'), layout: [{ blockType: 'carousel' }] })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('layout')
    expect(JSON.stringify(response.body)).toContain('Unknown block type carousel')
  })

  it('refuses a publication date that is not a date, naming `publishedAt`', async () => {
    const response = await create({ ...pageData('bad-date'), publishedAt: 'not-a-date' })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('publishedAt')
  })
})
