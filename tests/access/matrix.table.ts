import type { CollectionSlug } from 'payload'

import { richText } from '../../src/seed/lexical'

/** What a row's factories get: the site to write to, a page of it and its form (for submissions; 0 without the website plugin). */
export type RowContext = { form: number; page: number; site: number; unique: string }

export type Operation = 'create' | 'delete' | 'read' | 'update'
export type Actor = 'anonymous' | 'global-editor' | 'super-admin' | SiteActor
export type SiteActor = 'admin' | 'creator' | 'editor' | 'instructor' | 'member' | 'moderator'
export type Where = 'other' | 'own'

/** Who writes site content: global writers everywhere, a site's admins and editors on their site. */
export const writes = (actor: Actor, where: Where) =>
  actor === 'super-admin' ||
  actor === 'global-editor' ||
  ((actor === 'admin' || actor === 'editor') && where === 'own')

/** Public content: everyone reads, writers write. Drafted content: drafts are read by writers only. */
export const content =
  ({ drafts }: { drafts: boolean }) =>
  (actor: Actor, op: Operation, where: Where): boolean =>
    op === 'read' ? (drafts ? writes(actor, where) : true) : writes(actor, where)

/** Submissions: anyone submits, the site's writers read and delete, nobody edits. */
export const submissions = (actor: Actor, op: Operation, where: Where): boolean =>
  op === 'create' ? true : op === 'update' ? false : writes(actor, where)

export type Row = {
  collection: CollectionSlug
  /** A valid new document on `ctx.site`. */
  create: (ctx: RowContext) => Record<string, unknown>
  expect: (actor: Actor, op: Operation, where: Where) => boolean
  /** The collection's GraphQL type name (`Page`: `Page(id)`, `createPage`, `mutationPageInput`). */
  graphQL: string
  /** GraphQL spells some values differently (select options become enum names: `301` → `_301`). */
  graphQLCreate?: (ctx: RowContext) => Record<string, unknown>
  /** Needs a file: created through multipart in REST, not creatable over GraphQL. */
  upload?: boolean
  /** A change for the update cells. */
  update: Record<string, unknown>
}

/**
 * A site-owned collection whose rules turn on more than role and site (status, ownership,
 * enrollment), so a test of its plugin proves its access instead of matrix rows; `why` names it.
 */
export type CoveredElsewhere = { collection: CollectionSlug; why: string }

/** What a plugin's `access.matrix.ts` exports: rows for its collections, or where else their access is proven. */
export type MatrixContribution = { coveredElsewhere?: CoveredElsewhere[]; rows?: Row[] }

/**
 * The core collections' rows; each plugin contributes its own in `plugins/<name>/access.matrix.ts`.
 * Reads are of a document that is not public when the collection has one (pages and posts: a draft).
 */
export const coreRows: Row[] = [
  {
    collection: 'pages',
    create: ({ site, unique }) => ({
      slug: unique,
      _status: 'draft',
      hero: { type: 'lowImpact' },
      layout: [{ blockType: 'code', code: 'echo', language: 'shell' }],
      site,
      title: unique,
    }),
    expect: content({ drafts: true }),
    graphQL: 'Page',
    update: { hero: { type: 'lowImpact' }, title: 'Changed' },
  },
  {
    collection: 'posts',
    create: ({ site, unique }) => ({
      slug: unique,
      _status: 'draft',
      content: richText('Body'),
      site,
      title: unique,
    }),
    expect: content({ drafts: true }),
    graphQL: 'Post',
    update: { title: 'Changed' },
  },
  {
    collection: 'media',
    create: ({ site, unique }) => ({ alt: unique, site }),
    expect: content({ drafts: false }),
    graphQL: 'Media',
    update: { alt: 'Changed' },
    upload: true,
  },
  {
    collection: 'categories',
    create: ({ site, unique }) => ({ slug: unique, site, title: unique }),
    expect: content({ drafts: false }),
    graphQL: 'Category',
    update: { title: 'Changed' },
  },
]
