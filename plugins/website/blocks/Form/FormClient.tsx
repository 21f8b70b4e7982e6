'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'

import { FormField } from './FormField'
import type { ClientForm, InputFieldData } from './formFields'

type Props = {
  confirmation: ReactNode
  form: ClientForm
  messages: Record<number, ReactNode[]>
  title: string
}

type Status = 'done' | 'failed' | 'idle' | 'sending'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function fieldError(field: InputFieldData, value: string): null | string {
  const label = field.label || field.name
  if (field.required && (field.blockType === 'checkbox' ? value !== 'true' : !value.trim())) {
    return field.blockType === 'checkbox' ? `Please tick “${label}”.` : `Please fill in “${label}”.`
  }
  if (value && field.blockType === 'email' && !EMAIL.test(value))
    return `“${label}” needs an e-mail address, like name@example.com.`
  if (value && field.blockType === 'number' && Number.isNaN(Number(value)))
    return `“${label}” needs a number.`
  return null
}

/**
 * Validates in the page rather than with the browser's bubbles, so every error is written next to
 * its field and summed up in a live region that screen readers announce.
 */
export function FormClient({ confirmation, form, messages, title }: Props) {
  const router = useRouter()
  const idPrefix = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<Status>('idle')
  const [announcement, setAnnouncement] = useState('')

  // The confirmation replaces the form that held the focus; focus moves to it so it is read out.
  useEffect(() => {
    if (status === 'done') doneRef.current?.focus()
  }, [status])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const submissionData = form.fields.map((field) => ({
      field: field.name,
      value:
        field.blockType === 'checkbox'
          ? String(data.get(field.name) === 'on')
          : String(data.get(field.name) ?? ''),
    }))
    const found: Record<string, string> = {}
    form.fields.forEach((field, index) => {
      const error = fieldError(field, submissionData[index].value)
      if (error) found[field.name] = error
    })
    setErrors(found)
    const invalid = Object.keys(found)
    if (invalid.length) {
      setAnnouncement(
        `${invalid.length === 1 ? 'One field needs' : `${invalid.length} fields need`} attention: ${Object.values(found).join(' ')}`,
      )
      formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(invalid[0])}"]`)?.focus()
      return
    }

    setStatus('sending')
    setAnnouncement('Sending…')
    try {
      const response = await fetch('/api/form-submissions', {
        body: JSON.stringify({ form: form.id, submissionData }),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          errors?: { message?: string }[]
        } | null
        throw new Error(body?.errors?.[0]?.message || `The server answered ${response.status}.`)
      }
    } catch (error) {
      setStatus('failed')
      setAnnouncement(
        `Your message was not sent. ${error instanceof Error ? error.message : ''} Please try again.`,
      )
      return
    }

    if (form.confirmationType === 'redirect' && form.redirectUrl) {
      if (form.redirectUrl.startsWith('/')) router.push(form.redirectUrl)
      else window.location.assign(form.redirectUrl)
      return
    }
    setStatus('done')
    setAnnouncement('')
  }

  if (status === 'done') {
    return (
      <div className="form-block__confirmation" ref={doneRef} role="status" tabIndex={-1}>
        {confirmation}
      </div>
    )
  }

  return (
    <form aria-label={title} className="form" noValidate onSubmit={onSubmit} ref={formRef}>
      <div className="form__fields">
        {form.fields.map((field, index) => (
          <FormFieldWithMessages
            error={errors[field.name]}
            field={field}
            idPrefix={idPrefix}
            key={field.id ?? field.name}
            messages={messages[index]}
          />
        ))}
        {messages[form.fields.length]}
      </div>
      <p
        aria-live="assertive"
        className={
          status === 'failed' || Object.keys(errors).length ? 'form__alert' : 'visually-hidden'
        }
      >
        {announcement}
      </p>
      <button className="button button--default" disabled={status === 'sending'} type="submit">
        {status === 'sending' ? 'Sending…' : form.submitButtonLabel}
      </button>
    </form>
  )
}

type FieldProps = {
  error?: string
  field: InputFieldData
  idPrefix: string
  messages?: ReactNode[]
}

function FormFieldWithMessages({ error, field, idPrefix, messages }: FieldProps) {
  return (
    <>
      {messages?.map((message, index) => (
        <div className="form__message" key={index}>
          {message}
        </div>
      ))}
      <FormField error={error} field={field} id={`${idPrefix}-${field.name}`} />
    </>
  )
}
