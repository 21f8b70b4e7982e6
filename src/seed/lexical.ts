/** Builders for Lexical JSON, so demo content reads as prose rather than nested objects. */
type Node = { [key: string]: unknown; type: string; version: number }

export type RichText = {
  [k: string]: unknown
  root: {
    children: Node[]
    direction: 'ltr'
    format: ''
    indent: number
    type: string
    version: number
  }
}

const text = (value: string, format = 0): Node => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

/** `**bold**` spans become bold text; everything else is plain. */
const inline = (value: string): Node[] =>
  value
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') ? text(part.slice(2, -2), 1) : text(part)))

export const paragraph = (value: string): Node => ({
  type: 'paragraph',
  children: inline(value),
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
})

export const heading = (tag: 'h1' | 'h2' | 'h3' | 'h4', value: string): Node => ({
  type: 'heading',
  children: inline(value),
  direction: 'ltr',
  format: '',
  indent: 0,
  tag,
  version: 1,
})

export const list = (items: string[]): Node => ({
  type: 'list',
  children: items.map((item, index) => ({
    type: 'listitem',
    children: inline(item),
    direction: 'ltr',
    format: '',
    indent: 0,
    value: index + 1,
    version: 1,
  })),
  direction: 'ltr',
  format: '',
  indent: 0,
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  version: 1,
})

export const block = (fields: { [key: string]: unknown; blockType: string }, id: string): Node => ({
  type: 'block',
  fields: { id, blockName: '', ...fields },
  format: '',
  version: 2,
})

/** Strings are paragraphs; nodes pass through. */
export const richText = (...children: (Node | string)[]): RichText => ({
  root: {
    type: 'root',
    children: children.map((child) => (typeof child === 'string' ? paragraph(child) : child)),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})
