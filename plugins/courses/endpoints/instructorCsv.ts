import type { RosterRow } from './instructorRoster'

type Cell = null | number | string

// Spreadsheets run a cell that starts like a formula (CSV injection, OWASP): such text gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** One RFC 4180 field: text that starts like a formula is defused, text with quotes, commas or line breaks is quoted. */
export function csvCell(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** CRLF lines after a byte-order mark, so Excel reads the UTF-8 names (Kovač, Wellen) as such. */
export const csvTable = (rows: Cell[][]): string =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`

export const rosterColumns = [
  'Name',
  'Email',
  'Status',
  'Enrolled at',
  'Progress %',
  'Last lesson',
  'Completed at',
] as const

/** The instructor view's enrollment table as CSV: the same rows and columns, dates in ISO 8601 (UTC). */
export const rosterCsv = (rows: RosterRow[]): string =>
  csvTable([
    [...rosterColumns],
    ...rows.map((row) => [
      row.name,
      row.email,
      row.status,
      row.enrolledAt,
      row.progress,
      row.lastLesson,
      row.completedAt,
    ]),
  ])
