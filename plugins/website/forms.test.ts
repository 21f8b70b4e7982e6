import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Form, FormSubmission } from '../../payload-types'
import { richText } from '../../src/seed/lexical'
import { createApi, type Api } from '../../tests/helpers/api'
import { createTestPayload, type TestPayload } from '../../tests/helpers/testPayload'
import { createStaff } from '../../tests/helpers/users'

let t: TestPayload
let api: Api
let editorToken: string
let form: Form
beforeAll(async () => {
  t = await createTestPayload()
  api = createApi(t.config)
  const staff = await createStaff(t.payload)
  editorToken = staff.editor.token
  form = await t.payload.create({
    collection: 'forms',
    data: {
      confirmationMessage: richText('Thanks!'),
      confirmationType: 'message',
      fields: [
        { name: 'name', blockType: 'text', label: 'Name', required: true },
        { name: 'email', blockType: 'email', label: 'Email', required: true },
      ],
      site: t.siteId,
      title: 'Contact',
    },
  })
})
afterAll(async () => t?.cleanup())

describe('forms and submissions', () => {
  it('reads, updates and deletes forms through the Local API', async () => {
    const draft = await t.payload.create({
      collection: 'forms',
      data: {
        confirmationMessage: richText('Bye'),
        confirmationType: 'message',
        fields: [],
        site: t.siteId,
        title: 'Temporary',
      },
    })
    expect(
      (
        await t.payload.update({
          id: draft.id,
          collection: 'forms',
          data: { site: t.siteId, title: 'Renamed' },
        })
      ).title,
    ).toBe('Renamed')
    await t.payload.delete({ id: draft.id, collection: 'forms' })
    expect(
      (await t.payload.findByID({ id: form.id, collection: 'forms' })).fields?.map(
        (field) => field.blockType,
      ),
    ).toEqual(['text', 'email'])
  })

  it('takes a submission from an anonymous visitor and shows it only to editors', async () => {
    const submitted = await api.post<{ doc: FormSubmission }>('/form-submissions', {
      form: form.id,
      submissionData: [
        { field: 'name', value: 'Ada' },
        { field: 'email', value: 'ada@example.com' },
      ],
    })
    expect(submitted.status).toBe(201)

    expect((await api.get('/form-submissions')).status).toBe(403)
    const seen = await api.get<{ docs: FormSubmission[] }>('/form-submissions', {
      token: editorToken,
    })
    expect(seen.body.docs).toHaveLength(1)
    expect(seen.body.docs[0]?.submissionData?.map(({ field, value }) => [field, value])).toEqual([
      ['name', 'Ada'],
      ['email', 'ada@example.com'],
    ])
  })

  it('does not let anyone edit a submission', async () => {
    const submission = await t.payload.create({
      collection: 'form-submissions',
      data: { form: form.id, site: t.siteId, submissionData: [{ field: 'name', value: 'Bo' }] },
    })
    expect(
      (
        await api.patch(
          `/form-submissions/${submission.id}`,
          { submissionData: [] },
          { token: editorToken },
        )
      ).status,
    ).toBe(403)
  })

  it('refuses anonymous changes to forms', async () => {
    expect((await api.post('/forms', { title: 'Spam' })).status).toBe(403)
  })
})
