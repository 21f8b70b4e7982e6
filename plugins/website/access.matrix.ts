import { richText } from '../../src/seed/lexical'
import { content, type Row, submissions } from '../../tests/access/matrix.table'

/** The access matrix's rows of the website plugin's collections (`tests/access/matrix.test.ts`). */
export const rows: Row[] = [
  {
    collection: 'forms',
    create: ({ site, unique }) => ({
      confirmationMessage: richText('Thanks'),
      confirmationType: 'message',
      fields: [],
      redirect: { url: '/thanks' },
      site,
      title: unique,
    }),
    expect: content({ drafts: false }),
    graphQL: 'Form',
    update: { redirect: { url: '/thanks' }, title: 'Changed' },
  },
  {
    collection: 'redirects',
    create: ({ site, unique }) => ({
      type: '301',
      from: `/${unique}`,
      site,
      to: { type: 'custom', url: '/elsewhere' },
    }),
    expect: content({ drafts: false }),
    graphQL: 'Redirect',
    graphQLCreate: ({ site, unique }) => ({
      type: '_301',
      from: `/${unique}`,
      site,
      to: { type: 'custom', url: '/elsewhere' },
    }),
    update: { to: { type: 'custom', url: '/changed' } },
  },
  {
    collection: 'search',
    create: ({ page, site, unique }) => ({
      doc: { relationTo: 'pages', value: page },
      site,
      title: unique,
    }),
    expect: content({ drafts: false }),
    graphQL: 'Search',
    update: { title: 'Changed' },
  },
  {
    collection: 'form-submissions',
    create: ({ form, site }) => ({ form, site, submissionData: [{ field: 'name', value: 'Bo' }] }),
    expect: submissions,
    graphQL: 'FormSubmission',
    update: { submissionData: [] },
  },
]
