'use client'

import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

type Props = {
  /** Resolves once the server has answered; the player moves on when the password was right. */
  onSubmit: (password: string) => Promise<void>
  /** The last password sent was wrong. */
  wrong: boolean
}

/** Asks for a protected video's password; a wrong one is said next to the field and read out. */
export function PasswordForm({ onSubmit, wrong }: Props) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [sending, setSending] = useState(false)

  // After a wrong try, the field is ready for the next one.
  useEffect(() => {
    if (wrong) inputRef.current?.select()
  }, [wrong])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const password = String(new FormData(event.currentTarget).get('password') ?? '')
    if (!password) {
      inputRef.current?.focus()
      return
    }
    setSending(true)
    await onSubmit(password)
    setSending(false)
  }

  return (
    <form
      aria-labelledby={`${id}-title`}
      className="player__panel player__password"
      onSubmit={submit}
    >
      <p className="player__panel-title" id={`${id}-title`}>
        This video is protected by a password.
      </p>
      <div className="field">
        <label htmlFor={id}>Password</label>
        <input
          aria-describedby={wrong ? `${id}-error` : undefined}
          aria-invalid={wrong || undefined}
          autoComplete="off"
          id={id}
          name="password"
          ref={inputRef}
          required
          type="password"
        />
        {wrong && (
          <p className="field__error" id={`${id}-error`} role="alert">
            Wrong password
          </p>
        )}
      </div>
      <button className="button button--default" disabled={sending} type="submit">
        {sending ? 'Checking…' : 'Watch'}
      </button>
    </form>
  )
}
