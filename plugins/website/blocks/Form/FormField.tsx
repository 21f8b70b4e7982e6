'use client'

import type { CSSProperties } from 'react'

import type { InputFieldData } from './formFields'

type Props = { error?: string; field: InputFieldData; id: string }

/** One input of a form-builder form, with its label, required marker and error text. */
export function FormField({ id, error, field }: Props) {
  const errorId = `${id}-error`
  const common = {
    id,
    name: field.name,
    'aria-describedby': error ? errorId : undefined,
    'aria-invalid': error ? true : undefined,
    required: Boolean(field.required),
  }
  const label = field.label || field.name
  const style = { '--field-width': `${field.width ?? 100}%` } as CSSProperties
  const marker = field.required ? (
    <span aria-hidden="true" className="field__required">
      {' '}
      *
    </span>
  ) : (
    <span className="field__optional"> (optional)</span>
  )

  if (field.blockType === 'checkbox') {
    return (
      <div className="field field--checkbox" style={style}>
        <input defaultChecked={Boolean(field.defaultValue)} type="checkbox" {...common} />
        <label htmlFor={id}>
          {label}
          {marker}
        </label>
        {error && (
          <p className="field__error" id={errorId}>
            {error}
          </p>
        )}
      </div>
    )
  }

  return (
    <div className="field" style={style}>
      <label htmlFor={id}>
        {label}
        {marker}
      </label>
      {control(field, common)}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}

type Common = {
  'aria-describedby'?: string
  'aria-invalid'?: boolean
  id: string
  name: string
  required: boolean
}

function control(field: Exclude<InputFieldData, { blockType: 'checkbox' }>, common: Common) {
  switch (field.blockType) {
    case 'email':
      return <input autoComplete="email" type="email" {...common} />
    case 'number':
      return (
        <input
          defaultValue={field.defaultValue ?? undefined}
          inputMode="decimal"
          type="number"
          {...common}
        />
      )
    case 'select':
      return (
        <select defaultValue={field.defaultValue ?? ''} {...common}>
          <option value="">{field.placeholder || 'Choose…'}</option>
          {field.options?.map((option) => (
            <option key={option.id ?? option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )
    case 'textarea':
      return <textarea defaultValue={field.defaultValue ?? undefined} rows={5} {...common} />
    case 'text':
      return <input defaultValue={field.defaultValue ?? undefined} type="text" {...common} />
    case 'country':
      return <input autoComplete="country-name" type="text" {...common} />
    case 'state':
      return <input autoComplete="address-level1" type="text" {...common} />
  }
}
