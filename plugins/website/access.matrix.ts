import { richText } from '../../src/seed/lexical'
import { content, type Row, submissions } from '../../tests/access/matrix.table'

/** The access matrix's rows of the website plugin's collections (`tests/access/matrix.test.ts`). */
export const rows: Row[] = [
  {
    collection: 'forms',
    graphQL: 'Form',
    create: ({ site, unique }) => ({ confirmationMessage: richText('Thanks'), confirmationType: 'message', fields: [], redirect: { url: '/thanks' }, site, title: unique }),
    expect: content({ drafts: false }),
    update: { redirect: { url: '/thanks' }, title: 'Changed' },
  },
  {
    collection: 'redirects',
    graphQL: 'Redirect',
    create: ({ site, unique }) => ({ from: `/${unique}`, site, to: { type: 'custom', url: '/elsewhere' }, type: '301' }),
    expect: content({ drafts: false }),
    graphQLCreate: ({ site, unique }) => ({ from: `/${unique}`, site, to: { type: 'custom', url: '/elsewhere' }, type: '_301' }),
    update: { to: { type: 'custom', url: '/changed' } },
  },
  {
    collection: 'search',
    graphQL: 'Search',
    create: ({ page, site, unique }) => ({ doc: { relationTo: 'pages', value: page }, site, title: unique }),
    expect: content({ drafts: false }),
    update: { title: 'Changed' },
  },
  {
    collection: 'form-submissions',
    graphQL: 'FormSubmission',
    create: ({ form, site }) => ({ form, site, submissionData: [{ field: 'name', value: 'Bo' }] }),
    expect: submissions,
    update: { submissionData: [] },
  },
]
