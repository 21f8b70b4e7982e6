/** Builders for Lexical JSON, so demo content reads as prose rather than nested objects. */
type Node = { [key: string]: unknown; type: string; version: number }

export type RichText = {
  [k: string]: unknown
  root: { children: Node[]; direction: 'ltr'; format: ''; indent: number; type: string; version: number }
}

const text = (value: string, format = 0): Node => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})

/** `**bold**` spans become bold text; everything else is plain. */
const inline = (value: string): Node[] =>
  value
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') ? text(part.slice(2, -2), 1) : text(part)))

export const paragraph = (value: string): Node => ({
  children: inline(value),
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  type: 'paragraph',
  version: 1,
})

export const heading = (tag: 'h1' | 'h2' | 'h3' | 'h4', value: string): Node => ({
  children: inline(value),
  direction: 'ltr',
  format: '',
  indent: 0,
  tag,
  type: 'heading',
  version: 1,
})

export const list = (items: string[]): Node => ({
  children: items.map((item, index) => ({
    children: inline(item),
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'listitem',
    value: index + 1,
    version: 1,
  })),
  direction: 'ltr',
  format: '',
  indent: 0,
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  type: 'list',
  version: 1,
})

export const block = (fields: { [key: string]: unknown; blockType: string }, id: string): Node => ({
  fields: { blockName: '', id, ...fields },
  format: '',
  type: 'block',
  version: 2,
})

/** Strings are paragraphs; nodes pass through. */
export const richText = (...children: (Node | string)[]): RichText => ({
  root: {
    children: children.map((child) => (typeof child === 'string' ? paragraph(child) : child)),
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})
