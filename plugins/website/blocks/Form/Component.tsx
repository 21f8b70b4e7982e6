import type { FormBlock as FormBlockData } from '@payload-types'
import type { ReactNode } from 'react'

import { RichText } from '@/src/site/components/RichText'
import { FormClient } from './FormClient'
import { type ClientForm, isInputField } from './formFields'

type Props = Pick<FormBlockData, 'enableIntro' | 'form' | 'introContent'>

/**
 * Renders the rich text (intro, messages, confirmation) here on the server and hands the client
 * form only its fields, so the form's e-mail settings never reach the browser.
 */
export function FormBlock({ enableIntro, form, introContent }: Props) {
  if (typeof form !== 'object') return null
  // A message is drawn before the input that follows it; the key is that input's position.
  const messages: Record<number, ReactNode[]> = {}
  const inputs: ClientForm['fields'] = []
  for (const field of form.fields ?? []) {
    if (isInputField(field)) inputs.push(field)
    else
      (messages[inputs.length] ??= []).push(
        <RichText data={field.message} key={field.id ?? inputs.length} />,
      )
  }
  const clientForm: ClientForm = {
    id: form.id,
    confirmationType: form.confirmationType ?? 'message',
    fields: inputs,
    redirectUrl: form.redirect?.url || null,
    submitButtonLabel: form.submitButtonLabel || 'Submit',
  }
  return (
    <section className="form-block">
      {enableIntro && <RichText className="section-intro" data={introContent} />}
      <FormClient
        confirmation={<RichText data={form.confirmationMessage} />}
        form={clientForm}
        messages={messages}
        title={form.title}
      />
    </section>
  )
}
