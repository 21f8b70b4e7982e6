'use client'

import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

const MAX_COMMENT_CHARS = 2000
const MAX_NAME_CHARS = 60

type Errors = Partial<Record<'authorName' | 'body', string>>
type Status = 'done' | 'failed' | 'idle' | 'sending'

function check(authorName: string, body: string): Errors {
  const errors: Errors = {}
  if (!authorName.trim()) errors.authorName = 'Please tell us your name.'
  if (!body.trim()) errors.body = 'Please write a comment.'
  else if (body.length > MAX_COMMENT_CHARS)
    errors.body = `Please keep it under ${MAX_COMMENT_CHARS} characters.`
  return errors
}

/**
 * A new comment under a video. It is sent to `POST /api/video-comments`, where it waits for a
 * moderator (`pending`), so it is not shown here: the form says so instead.
 */
export function CommentForm({ videoId }: { videoId: number }) {
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [status, setStatus] = useState<Status>('idle')
  const [failure, setFailure] = useState('')

  // The thank-you replaces the form that had the focus; focus moves to it so it is read out.
  useEffect(() => {
    if (status === 'done') doneRef.current?.focus()
  }, [status])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const authorName = String(data.get('authorName') ?? '')
    const body = String(data.get('body') ?? '')
    const found = check(authorName, body)
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
      return
    }
    setStatus('sending')
    try {
      const response = await fetch('/api/video-comments', {
        body: JSON.stringify({ authorName: authorName.trim(), body: body.trim(), video: videoId }),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as {
          errors?: { message?: string }[]
        } | null
        throw new Error(answer?.errors?.[0]?.message || `The server answered ${response.status}.`)
      }
      setStatus('done')
    } catch (error) {
      setFailure(`Your comment was not sent. ${error instanceof Error ? error.message : ''}`)
      setStatus('failed')
    }
  }

  if (status === 'done') {
    return (
      <p
        className="form-block__confirmation comment-form__thanks"
        ref={doneRef}
        role="status"
        tabIndex={-1}
      >
        Thanks — your comment will appear once a moderator has approved it.
      </p>
    )
  }

  const field = (name: keyof Errors) => ({
    id: `${id}-${name}`,
    name,
    'aria-describedby':
      [errors[name] && `${id}-${name}-error`, name === 'body' && `${id}-body-hint`]
        .filter(Boolean)
        .join(' ') || undefined,
    'aria-invalid': errors[name] ? true : undefined,
    required: true,
  })

  return (
    <form
      aria-labelledby={`${id}-title`}
      className="form comment-form"
      noValidate
      onSubmit={submit}
      ref={formRef}
    >
      <h3 className="comment-form__title" id={`${id}-title`}>
        Leave a comment
      </h3>
      <div className="form__fields">
        <div className="field">
          <label htmlFor={`${id}-authorName`}>Your name</label>
          <input
            autoComplete="given-name"
            maxLength={MAX_NAME_CHARS}
            type="text"
            {...field('authorName')}
          />
          {errors.authorName && (
            <p className="field__error" id={`${id}-authorName-error`}>
              {errors.authorName}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>Comment</label>
          <textarea maxLength={MAX_COMMENT_CHARS} rows={4} {...field('body')} />
          <p className="comment-form__hint" id={`${id}-body-hint`}>
            Up to {MAX_COMMENT_CHARS} characters. A moderator reads every comment before it is
            shown.
          </p>
          {errors.body && (
            <p className="field__error" id={`${id}-body-error`}>
              {errors.body}
            </p>
          )}
        </div>
      </div>
      {status === 'failed' && (
        <p className="form__alert" role="alert">
          {failure}
        </p>
      )}
      <button className="button button--default" disabled={status === 'sending'} type="submit">
        {status === 'sending' ? 'Sending…' : 'Send comment'}
      </button>
    </form>
  )
}
