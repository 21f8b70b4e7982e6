import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Page } from '../../payload-types'
import { createApi, type Api } from '../../tests/helpers/api'
import { pageData } from '../../tests/helpers/fixtures'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createStaff } from '../../tests/helpers/users'

let t: TestPayload
let api: Api
let editorToken: string
beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  const staff = await createStaff(t.payload)
  editorToken = staff.editor.token
})
afterAll(async () => t?.cleanup())

const anonymousTitle = async (id: number) => (await api.get<Page>(`/pages/${id}`)).body.title

describe('drafts over a published page', () => {
  it('keeps serving the published version until the draft is published', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: pageData('pricing', { title: 'Pricing' }),
    })

    await t.payload.update({
      id: page.id,
      collection: 'pages',
      data: { title: 'Pricing (new, unreviewed)' },
      draft: true,
    })
    expect(await anonymousTitle(page.id)).toBe('Pricing')
    const draft = await api.get<Page>(`/pages/${page.id}?draft=true`, { token: editorToken })
    expect(draft.body.title).toBe('Pricing (new, unreviewed)')
    // An anonymous reader asking for the draft still gets the published version.
    expect((await api.get<Page>(`/pages/${page.id}?draft=true`)).body.title).toBe('Pricing')

    await t.payload.update({ id: page.id, collection: 'pages', data: { _status: 'published' } })
    expect(await anonymousTitle(page.id)).toBe('Pricing (new, unreviewed)')
  })

  it('hides a page that has never been published', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: pageData('secret', { _status: 'draft' }),
      draft: true,
    })
    expect((await api.get(`/pages/${page.id}`)).status).toBe(404)
    expect((await api.get(`/pages/${page.id}`, { token: editorToken })).status).toBe(200)
  })
})

describe('version history', () => {
  it('keeps at most 50 versions per page', async () => {
    const page = await t.payload.create({ collection: 'pages', data: pageData('busy') })
    // The create made version 1; 51 updates make 52 versions, two over the cap.
    for (let i = 1; i <= 51; i++) {
      await t.payload.update({ id: page.id, collection: 'pages', data: { title: `Busy ${i}` } })
    }
    const { totalDocs } = await t.payload.countVersions({
      collection: 'pages',
      where: { parent: { equals: page.id } },
    })
    expect(totalDocs).toBe(50)
    const { docs } = await t.payload.findVersions({
      collection: 'pages',
      limit: 1,
      sort: '-updatedAt',
      where: { parent: { equals: page.id } },
    })
    expect(docs[0]?.version.title).toBe('Busy 51')
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft when the schedulePublish job comes due', async () => {
    const page = await t.payload.create({
      collection: 'pages',
      data: pageData('launch', { _status: 'draft' }),
      draft: true,
    })
    const job = await t.payload.jobs.queue({
      input: { type: 'publish', doc: { relationTo: 'pages', value: page.id } },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 60 * 60_000),
    })

    await t.payload.jobs.run()
    expect((await api.get(`/pages/${page.id}`)).status).toBe(404)

    // An hour passes: move the due time instead of waiting for it.
    await t.payload.update({
      id: job.id,
      collection: 'payload-jobs',
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await t.payload.jobs.run()
    const published = await api.get<Page>(`/pages/${page.id}`)
    expect(published.status).toBe(200)
    expect(published.body._status).toBe('published')
    expect(published.body.publishedAt).toBeTruthy()
  })
})
