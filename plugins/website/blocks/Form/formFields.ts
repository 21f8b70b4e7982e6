import type { Form } from '@payload-types'

export type FormFieldData = NonNullable<Form['fields']>[number]

/** The fields a visitor fills in; `message` blocks are text between them, not inputs. */
export type InputFieldData = Exclude<FormFieldData, { blockType: 'message' }>

/** What the browser needs to draw and send a form: no e-mail settings, no rich text. */
export type ClientForm = {
  confirmationType: 'message' | 'redirect'
  fields: InputFieldData[]
  id: number
  redirectUrl: null | string
  submitButtonLabel: string
}

export const isInputField = (field: FormFieldData): field is InputFieldData =>
  field.blockType !== 'message'
